/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ps-acre"

#include "config.h"

#include <string.h>

#include "ps-acre.h"
#include "ps-money.h"

/* the indépendants' first provisional calls: on 19 % of the PASS (DOMAIN
 * §16; as ps_tns_first_years_provisional) */
#define TNS_FIRST_YEARS_BASE_PASS 0.19

double
ps_acre_formula (const PsParams *p,
                 double          income,
                 double          covered,
                 double          covered_at_threshold)
{
  double pass = p->pss_annual;
  double full = p->acre_full_pass * pass;

  if (income <= full)
    return p->acre_exemption_share * MAX (0.0, covered);
  if (income >= pass || pass <= full)
    return 0;
  return p->acre_exemption_share * covered_at_threshold / (pass - full) * (pass - income);
}

double
ps_acre_tns_covered (const PsTns *t)
{
  return t->maladie + t->ij + t->retraite_base + t->invalidite_deces + t->allocations_familiales;
}

/* The TNS contributions at the base 75 % of the PASS: the income whose
 * base (after the abatement) is that, within the abatement's floor and
 * cap (far from 75 % of the PASS: the rate applies). */
static double
tns_covered_at_threshold (const PsParams *p)
{
  PsTns t;

  ps_tns_compute (p, p->acre_full_pass * p->pss_annual / (1 - p->tns_abatement_rate), &t);
  return ps_acre_tns_covered (&t);
}

double
ps_acre_tns (const PsParams *p,
             const PsTns    *t)
{
  double covered = ps_acre_tns_covered (t);

  if (t->assiette >= p->pss_annual || covered <= 0)
    return 0;
  return ps_round_cents (ps_acre_formula (p, t->assiette, covered,
                                          t->assiette <= p->acre_full_pass * p->pss_annual
                                            ? covered : tns_covered_at_threshold (p)));
}

double
ps_acre_tns_provisional (const PsParams *p)
{
  PsTns t;

  /* the same base as ps_tns_first_years_provisional's */
  ps_tns_compute (p, TNS_FIRST_YEARS_BASE_PASS * p->pss_annual / (1 - p->tns_abatement_rate), &t);
  return ps_acre_tns (p, &t);
}

static gboolean
covered_line (const char *id)
{
  /* maladie-maternité-invalidité-décès, vieillesse de base (both parts),
   * allocations familiales: the payslip's lines of the régime général the
   * ACRE covers (CSS L131-6-4 II 1°) */
  return g_strcmp0 (id, "maladie") == 0 || g_strcmp0 (id, "vieillesse_plafonnee") == 0
         || g_strcmp0 (id, "vieillesse_deplafonnee") == 0 || g_strcmp0 (id, "allocations_familiales") == 0;
}

void
ps_acre_payslip_covered (const PsPayslip *slip,
                         double          *employee,
                         double          *employer)
{
  *employee = 0;
  *employer = 0;
  for (int i = 0; i < slip->n_lines; i++)
    if (covered_line (slip->lines[i].id))
      {
        *employee += slip->lines[i].employee;
        *employer += slip->lines[i].employer;
      }
}

void
ps_acre_payslip (const PsParams          *p,
                 const PsEmployerProfile *profile,
                 const PsPayslip         *slip,
                 double                  *employee,
                 double                  *employer)
{
  double yearly = slip->gross * 12;
  double full = p->acre_full_pass * p->pss_annual;
  double ee, er, ee_e = 0, er_e = 0;

  *employee = 0;
  *employer = 0;
  if (yearly >= p->pss_annual)
    return;
  ps_acre_payslip_covered (slip, &ee, &er);
  if (yearly > full)
    {
      /* E: the covered contributions on a pay of 75 % of the PASS */
      g_autofree PsPayslip *at = g_new (PsPayslip, 1);

      ps_payslip_compute (p, profile, full / 12, at);
      ps_acre_payslip_covered (at, &ee_e, &er_e);
    }
  /* the formula is linear in the contributions: each side its own */
  *employee = ps_acre_formula (p, yearly, ee * 12, ee_e * 12) / 12;
  *employer = ps_acre_formula (p, yearly, er * 12, er_e * 12) / 12;
}
