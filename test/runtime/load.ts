// The minimal fixture's generated package, as committed in the scenario snapshots (the scenario
// test keeps it equal to the generator's output). Tests import its compiled dist/ like users do.
export * as minimal from '../scenarios/__snapshots__/minimal/dist/index.js';
