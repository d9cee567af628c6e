import { parseCsv } from "./csv";

/**
 * Checks a Frictionless Data Package (https://specs.frictionlessdata.io/) against its own
 * datapackage.json: every resource's file is there, its header is the schema's fields in
 * order, every cell has the field's type and constraints (required, enum, unique), primary
 * keys are unique and foreign keys resolve. What the Frictionless tools check, for the
 * field types this package uses; returns the problems found (none when valid).
 */
interface FieldDescriptor {
  name: string;
  type: "string" | "integer" | "number" | "boolean" | "date" | "datetime";
  description?: string;
  constraints?: { required?: boolean; enum?: string[]; unique?: boolean };
}

interface ResourceDescriptor {
  name: string;
  path: string;
  schema: {
    fields: FieldDescriptor[];
    primaryKey?: string | string[];
    foreignKeys?: { fields: string | string[]; reference: { resource: string; fields: string | string[] } }[];
    missingValues?: string[];
  };
}

const TYPE_CHECKS: Record<FieldDescriptor["type"], (value: string) => boolean> = {
  string: () => true,
  integer: (value) => /^-?\d+$/.test(value),
  number: (value) => /^-?\d+(\.\d+)?([eE][-+]?\d+)?$/.test(value),
  boolean: (value) => value === "true" || value === "false",
  date: (value) => /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)),
  datetime: (value) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/.test(value) && !Number.isNaN(Date.parse(value)),
};

const asList = (value: string | string[]) => (Array.isArray(value) ? value : [value]);

export function validateDataPackage(files: Record<string, string>): string[] {
  const problems: string[] = [];
  const descriptorText = files["datapackage.json"];
  if (!descriptorText) return ["datapackage.json is missing"];
  const descriptor = JSON.parse(descriptorText) as {
    name?: string;
    resources?: ResourceDescriptor[];
    licenses?: unknown[];
  };
  if (!descriptor.name || !/^[a-z0-9._-]+$/.test(descriptor.name)) problems.push("name must be lower-case url-safe");
  if (!descriptor.resources?.length) return [...problems, "no resources"];
  if (!descriptor.licenses?.length) problems.push("no licence");

  const tables = new Map<string, Record<string, string>[]>();
  for (const resource of descriptor.resources) {
    const text = files[resource.path];
    if (text === undefined) {
      problems.push(`${resource.name}: ${resource.path} is missing`);
      continue;
    }
    const [header = [], ...rows] = parseCsv(text);
    const fields = resource.schema.fields;
    if (header.join(",") !== fields.map((f) => f.name).join(",")) {
      problems.push(`${resource.name}: header ${header.join(",")} is not ${fields.map((f) => f.name).join(",")}`);
      continue;
    }
    for (const field of fields) if (!field.description) problems.push(`${resource.name}.${field.name}: no description`);
    const missing = new Set(resource.schema.missingValues ?? [""]);
    const records: Record<string, string>[] = [];
    rows.forEach((row, index) => {
      if (row.length !== fields.length) {
        problems.push(`${resource.name} row ${index + 2}: ${row.length} cells, not ${fields.length}`);
        return;
      }
      const record: Record<string, string> = {};
      fields.forEach((field, column) => {
        const value = row[column]!;
        record[field.name] = value;
        if (missing.has(value)) {
          if (field.constraints?.required)
            problems.push(`${resource.name} row ${index + 2}: ${field.name} is required`);
          return;
        }
        if (!TYPE_CHECKS[field.type](value))
          problems.push(`${resource.name} row ${index + 2}: ${field.name} "${value}" is not a ${field.type}`);
        if (field.constraints?.enum && !field.constraints.enum.includes(value))
          problems.push(`${resource.name} row ${index + 2}: ${field.name} "${value}" is not one of its values`);
      });
      records.push(record);
    });
    for (const field of fields.filter((f) => f.constraints?.unique)) {
      const values = records.map((r) => r[field.name]);
      if (new Set(values).size !== values.length) problems.push(`${resource.name}.${field.name}: values repeat`);
    }
    if (resource.schema.primaryKey) {
      const key = asList(resource.schema.primaryKey);
      const values = records.map((r) => key.map((k) => r[k]).join("\u0000"));
      if (new Set(values).size !== values.length) problems.push(`${resource.name}: primary key repeats`);
    }
    tables.set(resource.name, records);
  }

  for (const resource of descriptor.resources) {
    for (const foreignKey of resource.schema.foreignKeys ?? []) {
      const records = tables.get(resource.name);
      if (!records) continue; // its file was missing or unreadable: already reported
      const target = tables.get(foreignKey.reference.resource);
      if (!target) {
        problems.push(`${resource.name}: foreign key to unreadable resource ${foreignKey.reference.resource}`);
        continue;
      }
      const from = asList(foreignKey.fields);
      const to = asList(foreignKey.reference.fields);
      const known = new Set(target.map((r) => to.map((k) => r[k]).join("\u0000")));
      for (const record of records) {
        if (from.every((k) => record[k] === "")) continue;
        const value = from.map((k) => record[k]).join("\u0000");
        if (!known.has(value))
          problems.push(`${resource.name}: ${from.join(",")} "${value}" has no ${foreignKey.reference.resource} row`);
      }
    }
  }
  return problems;
}
