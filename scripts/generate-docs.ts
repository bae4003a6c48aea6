import { writeFileSync } from "node:fs";
import { renderOutputDocs } from "../api/http/output-docs";

/** `npm run docs`: writes docs/outputs.md from the zod contracts (tests/docs/outputs-doc.test.ts checks it is current). */
writeFileSync("docs/outputs.md", renderOutputDocs());
console.log("wrote docs/outputs.md");
