// The `/rest` wire form of the document's types: the legacy paths carry a vAPI map as a list of
// `{ "key": k, "value": v }` (as VMware's Swagger for them shows), where `/api` uses a JSON object.
// A structure that reaches a map therefore gets a component of its own for `/rest`, `<Name>.Rest`
// (each part of a union structure too: `<Case>.Rest`, `<Name>Known.Rest`, …), made on first use from the same emitters with the /rest
// context; every other structure is shared by both path families.
import type { IrStructure } from '../../ir/model.js';
import { mapIndex } from '../maps.js';
import type { OpenApiContext } from './context.js';
import { errorValueSchema, plainStructure } from './schemas.js';
import { unionStructure } from './unions.js';

const forms = new WeakMap<OpenApiContext, OpenApiContext>();

/** The suffix of a component's `/rest` form (no structure may be named `Rest`: ir/naming.ts). */
const rest = (name: string): string => `${name}.Rest`;

/** The context that renders the `/rest` form (one per document, sharing its components). */
export function restContext(ctx: OpenApiContext): OpenApiContext {
  let form = forms.get(ctx);
  if (form) return form;
  const maps = mapIndex(ctx.ir);
  const made = new Set<string>();
  const restForm: OpenApiContext = {
    ...ctx,
    rest: {
      structureName(id, sent) {
        const s = ctx.structures.get(id);
        if (!s || !maps.reaches(id)) return undefined;
        // Claimed before it is built: a structure may contain itself.
        if (!made.has(id)) {
          made.add(id);
          (s.unions.length ? unionStructure : plainStructure)(restNamed(s), restForm);
        }
        return rest((sent && s.knownName) || s.tsName);
      },
      errorValueName() {
        const v = ctx.ir.errorValue;
        if (!v || !maps.exceptionReaches) return undefined;
        if (!made.has('exception')) {
          made.add('exception');
          errorValueSchema({ ...restForm, ir: { ...ctx.ir, errorValue: { ...v, tsName: rest(v.tsName) } } });
        }
        return rest(v.tsName);
      },
    },
  };
  forms.set(ctx, (form = restForm));
  return form;
}

/** The structure under the names of its `/rest` form. */
function restNamed(s: IrStructure): IrStructure {
  return {
    ...s,
    tsName: rest(s.tsName),
    ...(s.commonName ? { commonName: rest(s.commonName) } : {}),
    ...(s.knownName ? { knownName: rest(s.knownName) } : {}),
    unions: s.unions.map((u) => ({
      ...u,
      cases: u.cases.map((c) => ({ ...c, tsName: rest(c.tsName) })),
      ...(u.otherName ? { otherName: rest(u.otherName) } : {}),
      ...(u.unsetName ? { unsetName: rest(u.unsetName) } : {}),
    })),
  };
}
