/** Scenario format v1: types, zod schemas, parser, serializer and tree helpers (docs/SCENARIO-FORMAT.md). */
export * from './types';
export { parseScenario, parseScenarioJson, type ParseScenarioOptions } from './parse';
export { serializeScenario, scenarioFile } from './serialize';
export * from './tree';
export {
  roleSchema,
  strengthsSchema,
  eventSchemas,
  eventSchema,
  scenarioBodySchema,
  scenarioFileSchema,
  KNOWN_KEYS,
} from './schema';
export { FORBIDDEN_KEYS } from './unknown-keys';
export { findJsonSyntaxError, type JsonSyntaxError } from './json-syntax';
