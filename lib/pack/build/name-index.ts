import { nameKey } from '../names';
import { BuildError, type Location } from './errors';
import { CHILDRENS_SERVICES_TYPES, type Council } from './gazetteer';

/**
 * Resolves the names Ofsted's files use ("Bedford Borough", "Telford & Wrekin", "Dorset" for the former
 * county) to gazetteer councils. Only councils that run children's services are candidates, so a
 * district can never capture an Ofsted row.
 */
export class NameIndex {
  private readonly byKey = new Map<string, Set<Council>>();
  /** Former councils also answer to their name without "County": Ofsted calls Dorset County Council "Dorset". */
  private readonly formerByShortKey = new Map<string, Set<Council>>();

  constructor(councils: Council[], nameLookup: Map<string, string[]>) {
    for (const council of councils) {
      if (!CHILDRENS_SERVICES_TYPES.has(council.typeCode)) continue;
      const names = [
        council.officialName,
        council.niceName,
        ...council.altNames,
        ...(nameLookup.get(council.registryCode) ?? []),
      ];
      for (const name of names) {
        const key = nameKey(name);
        add(this.byKey, key, council);
        if (!council.current) add(this.formerByShortKey, key.replace(/ county$/, ''), council);
      }
    }
  }

  /** The council a name means; undefined when none matches. `former` says the row is about a former council. */
  resolve(name: string, context: { former: boolean; where: Location }): Council | undefined {
    const key = nameKey(name);
    const candidates = new Set(this.byKey.get(key) ?? []);
    if (context.former) for (const council of this.formerByShortKey.get(key) ?? []) candidates.add(council);
    const all = [...candidates];
    const preferred = all.filter((council) => council.current !== context.former);
    const pick = preferred.length > 0 ? preferred : all;
    if (pick.length > 1) {
      const names = pick.map((council) => `${council.officialName} (${council.gss})`).join(', ');
      throw new BuildError(`"${name}" could mean ${names}`, context.where);
    }
    return pick[0];
  }
}

function add(map: Map<string, Set<Council>>, key: string, council: Council): void {
  const set = map.get(key) ?? new Set<Council>();
  set.add(council);
  map.set(key, set);
}
