// Types of compare.mjs.
import type { Facts } from './facts.mjs';
import type { Member } from './model.mjs';
export interface SpecStructure {
  file: string;
  fields: Member[];
  unions: { discriminant: string; cases: Record<string, string[]> }[];
}
export interface SpecOperation {
  file: string;
  params: Member[];
  result: string;
  errors: string[];
}
export interface SpecUnit {
  file: string;
  doc: any;
}
export interface Places {
  forbiddenAccepted: number;
  requiredOptional: number;
  optionalRequired: number;
  requiredForbidden: number;
}
export declare function readSpecUnits(dir: string): SpecUnit[];
export declare function readSpecStructures(dir: string): Map<string, SpecStructure>;
export declare function specStructures(units: SpecUnit[]): Map<string, SpecStructure>;
export declare function specModel(units: SpecUnit[]): {
  structures: Map<string, SpecStructure>;
  operations: Map<string, SpecOperation>;
};
export declare function canonicalType(text: string, resolve?: (name: string) => string): string;
export declare function compareUnions(
  facts: Pick<Facts, 'structures' | 'enums'>,
  spec: Map<string, Pick<SpecStructure, 'fields' | 'unions'>>,
): {
  diffs: { structure: string; kind: string; detail: string }[];
  unions: { structure: string; discriminant: string; exact: boolean }[];
  places: Places;
};
export declare function compareOperations(
  facts: Pick<Facts, 'services' | 'structures'>,
  specOps: Map<string, Pick<SpecOperation, 'params' | 'result' | 'errors'>>,
): { diffs: { operation: string; kind: string; detail: string }[]; absent: string[] };
