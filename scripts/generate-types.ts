// Writes src/data/tables.generated.ts from data/datapackage.json (run after editing the schema).
import { writeFileSync } from "node:fs";
import { readDataFolder } from "../src/data/read.ts";
import { generateTypes } from "../src/data/typegen.ts";

const { descriptor } = readDataFolder();
writeFileSync("src/data/tables.generated.ts", generateTypes(descriptor));
console.log("wrote src/data/tables.generated.ts");
