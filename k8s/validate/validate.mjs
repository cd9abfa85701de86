// Validates rendered manifests (kubectl kustomize output) offline, the way the API server would
// with strict field validation:
//  - built-in kinds against the Kubernetes OpenAPI schemas compiled into kubernetes-models
//    (types, required fields, enums, formats);
//  - operator resources against their CRDs' openAPIV3Schema, vendored in crds/ (see crds/README.md),
//    with unknown fields refused (additionalProperties: false wherever the CRD does not preserve them).
// kubernetes-models' validators accept unknown fields; HuiShang.Deploy.Tests refuses those of the
// built-in kinds with KubernetesClient's strict deserialization.
// Usage: node validate.mjs rendered.yaml [...]   Exit code 1 and one line per problem when invalid.
import { readFileSync, readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseAllDocuments } from "yaml";
import Ajv from "ajv";

const here = dirname(fileURLToPath(import.meta.url));
const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });

/** CRD schemas by "group/version/Kind", closed against unknown fields. */
const crdValidators = new Map(
  readdirSync(join(here, "crds"))
    .filter((file) => file.endsWith(".json"))
    .map((file) => {
      const [group, version, kind] = file.replace(/\.json$/, "").split("_");
      return [`${group}/${version}/${kind}`, ajv.compile(closed(JSON.parse(readFileSync(join(here, "crds", file), "utf8"))))];
    }),
);

function closed(schema) {
  if (Array.isArray(schema)) return schema.map(closed);
  if (schema === null || typeof schema !== "object") return schema;
  const copy = Object.fromEntries(Object.entries(schema).map(([key, value]) => [key, closed(value)]));
  if (copy.properties && copy.additionalProperties === undefined && !copy["x-kubernetes-preserve-unknown-fields"]) {
    copy.additionalProperties = false;
  }
  return copy;
}

async function validateBuiltIn(document) {
  let model;
  try {
    model = await import(`kubernetes-models/${document.apiVersion}/${document.kind}`);
  } catch {
    return [`no schema for ${document.apiVersion} ${document.kind}`];
  }
  try {
    new model[document.kind](document).validate();
    return [];
  } catch (error) {
    return [error.message];
  }
}

function validateCustom(document) {
  const validate = crdValidators.get(`${document.apiVersion}/${document.kind}`);
  if (validate(document)) return [];
  return validate.errors.map((e) => `${e.instancePath || "/"} ${e.message}${e.params?.additionalProperty ? ` '${e.params.additionalProperty}'` : ""}`);
}

let problems = 0;
let documents = 0;
for (const file of process.argv.slice(2)) {
  for (const parsed of parseAllDocuments(readFileSync(file, "utf8"))) {
    const document = parsed.toJS();
    if (!document) continue;
    documents++;
    const name = `${file}: ${document.kind}/${document.metadata?.name}`;
    const errors = crdValidators.has(`${document.apiVersion}/${document.kind}`) ? validateCustom(document) : await validateBuiltIn(document);
    for (const error of errors) {
      console.log(`${name}: ${error}`);
      problems++;
    }
  }
}
console.log(`${documents} documents, ${problems} problems`);
process.exit(problems === 0 && documents > 0 ? 0 : 1);
