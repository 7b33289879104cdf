// Generates the reference cases (one JSON object per line) that
// build-aux/regen-reference.sh feeds to the official model
// (../shared/reference/ref.mjs: modele-social + publicodes). The figures
// the official model returns are committed under tests/fixtures/; the
// engine is never used to produce them.
//
//   node tests/reference/gen-cases.mjs salarie > cases.jsonl
//
// Deterministic: a fixed-seed generator picks the varied options.

const kind = process.argv[2] ?? 'salarie';
let seed = 20260701;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const pick = (xs) => xs[Math.floor(rand() * xs.length)];
const out = (o) => process.stdout.write(JSON.stringify(o) + '\n');

const DATES = ['01/01/2025', '01/06/2025', '01/01/2026', '01/07/2026'];
const EFFECTIFS = ['moins de 5', 'moins de 11', 'moins de 20', 'moins de 50', 'moins de 150', 'moins de 250', 'plus de 250'];
// From about the SMIC to 10 PMSS, with the ceilings (1, 4, 8 PMSS) and both
// sides of the RGDU cliff at 3 SMIC (5 469.09 in January 2026, 5 601.05
// from June 2026) and of the 2025 réduction générale end (1.6 SMIC).
const GROSS = [1830, 2000, 2400, 2882.5, 2900, 3000, 3500, 3925, 4005, 4500, 5000, 5469, 5470,
  5600, 5602, 6000, 7500, 10000, 15700, 16020, 20000, 31400, 32040, 40050];
const IMPOT = ['neutre', 'bareme', 'neutre', 'bareme', 11.5];

if (kind === 'salarie') {
  let n = 0;
  for (const date of DATES)
    for (const effectif of EFFECTIFS)
      for (const cadre of [true, false])
        for (const brut of GROSS) {
          const c = { id: `sal-${++n}`, kind: 'salarie', date, effectif, cadre, brut_mensuel: brut, impot: IMPOT[n % IMPOT.length] };
          // vary the employer profile on a third of the cases
          if (rand() < 0.34) c.taux_atmp_pct = pick([0.64, 0.9, 1.5, 2.08, 3.2]);
          if (rand() < 0.34) {
            c.mutuelle_mensuelle = pick([0, 25, 40, 60, 120, 300]);
            c.mutuelle_part_employeur_pct = pick([50, 60, 100]);
          }
          // cents, so that nothing relies on round inputs
          if (rand() < 0.3) c.brut_mensuel = Math.round((brut + rand() * 50) * 100) / 100;
          out(c);
        }
} else if (kind === 'salarie2025') {
  // 2025 payslips for modele-social 8.0.0 (../shared/reference2025), the
  // model with the 2025 rules: the réduction générale up to 1.6 SMIC, the
  // reduced maladie (up to 2.25 SMIC) and allocations familiales (up to
  // 3.3 SMIC) rates. Around each threshold (SMIC 1 801.80 € a month in
  // 2025: 1.6 → 2 882.88, 2.25 → 4 054.05, 3.3 → 5 945.94), and across the
  // 1 May 2025 change of the réduction's T.
  let n = 0;
  const GROSS_2025 = [1802, 2000, 2400, 2880, 2885, 3300, 3925, 4050, 4060, 4500, 5000, 5940, 5950,
    7500, 10000, 16000, 32000];
  for (const date of ['01/01/2025', '01/04/2025', '01/06/2025', '01/10/2025'])
    for (const effectif of ['moins de 11', 'moins de 50', 'plus de 250'])
      for (const cadre of [true, false])
        for (const brut of GROSS_2025) {
          const c = { id: `sal25-${++n}`, kind: 'salarie', date, effectif, cadre, brut_mensuel: brut, impot: IMPOT[n % IMPOT.length] };
          if (rand() < 0.34) c.taux_atmp_pct = pick([0.64, 0.9, 1.5, 2.12, 3.2]);
          if (rand() < 0.3) c.brut_mensuel = Math.round((brut + rand() * 40) * 100) / 100;
          out(c);
        }
} else if (kind === 'cout') {
  // Employer-cost envelopes of a portage firm (≥ 250 staff, AT/MP 0.64 %,
  // mutuelle 40 € at 50 %), inverted by the official model: the brut it
  // finds is what our solver must find.
  let n = 0;
  // 2026 only: for 2025 dates the official model applies the RGDU instead
  // of the 2025 réduction générale (see test-reference.c).
  for (const date of ['01/01/2026', '01/06/2026', '01/07/2026'])
    for (const cout of [2700, 3200, 4000, 5000, 6000, 6500, 7000, 7500, 7900, 8200, 9000, 10000,
      12000, 15000, 20000, 30000, 45000])
      out({ id: `cout-${++n}`, kind: 'salarie', date, effectif: 'plus de 250', cadre: true, taux_atmp_pct: 0.64,
        cout_employeur_mensuel: Math.round((cout + rand() * 100) * 100) / 100, impot: 'bareme' });
} else if (kind === 'micro') {
  // BNC libérale non réglementée (SSI), barème for 1 part or versement libératoire
  let n = 0;
  for (const date of DATES)
    for (const ca of [3000, 8000, 12000, 20000, 27500, 35000, 40000, 50000, 60000, 70000, 77700, 80000, 83600, 90000, 120000]) {
      const c = { id: `micro-${++n}`, kind: 'micro', date, ca_annuel: rand() < 0.4 ? Math.round((ca + rand() * 900) * 100) / 100 : ca };
      if (n % 3 === 0) c.versement_liberatoire = true;
      else c.impot = 'bareme';
      out(c);
    }
} else if (kind === 'sasu') {
  // président de SASU: employer cost → gross, contributions, net, income tax
  let n = 0;
  for (const date of DATES)
    for (const total of [6000, 12000, 20000, 30000, 42000, 55000, 70000, 90000, 120000, 160000, 220000]) {
      const c = { id: `sasu-${++n}`, kind: 'sasu', date, remuneration_totale_annuelle: Math.round((total + rand() * 500) * 100) / 100, impot: 'bareme' };
      if (n % 4 === 0) c.dividendes_bruts_annuel = pick([5000, 20000, 45000]);
      if (n % 5 === 0) c.resultat_fiscal_annuel = pick([10000, 42500, 60000, 150000]);
      out(c);
    }
} else if (kind === 'eurl') {
  // gérant majoritaire (TNS, SSI, BNC): IS (remuneration) and IR (profit)
  let n = 0;
  for (const date of DATES)
    for (const amount of [3000, 8000, 15000, 25000, 40000, 55000, 75000, 100000, 140000, 200000, 260000]) {
      const v = Math.round((amount + rand() * 500) * 100) / 100;
      out({ id: `eurl-is-${++n}`, kind: 'eurl', date, imposition: 'IS', remuneration_totale_annuelle: v, impot: 'bareme' });
      out({ id: `eurl-ir-${n}`, kind: 'eurl', date, imposition: 'IR', benefice_annuel: v, impot: 'bareme' });
    }
} else {
  throw new Error(`unknown kind ${kind}`);
}
