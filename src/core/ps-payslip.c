/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ps-payslip"

#include "config.h"

#include <math.h>
#include <string.h>

#include "ps-money.h"
#include "ps-payslip.h"

void
ps_employer_profile_init_portage (PsEmployerProfile *profile)
{
  profile->cadre = TRUE;
  profile->headcount = 250;
  profile->atmp_rate = 0.0064;
  profile->vm_rate = 0.0;
  profile->mutuelle_monthly = 40.0;
  profile->mutuelle_employer_rate = 0.5;
  profile->prevoyance_rate = 0.0;
  profile->prevoyance_monthly = 0.0;
  profile->prevoyance_employer_rate = 0.0;
  profile->officer = FALSE;
}

typedef struct
{
  double gross;
  double pmss;
  double assiette;
  double t1, t2, cap4, cap8;
  double csg_base;
  double welfare;      /* employer health + prévoyance */
  double health_employer;
  double health_employee;
  double prevoyance_employer;  /* the firm's contract above the law's minimum */
  double prevoyance_employee;
} Bases;

static gboolean
applies (const PsContribution    *c,
         const PsEmployerProfile *profile,
         double                   assiette,
         double                   pmss)
{
  if (c->cadre_only && !profile->cadre)
    return FALSE;
  if (c->non_cadre_only && profile->cadre)
    return FALSE;
  if (profile->headcount < c->headcount_min || profile->headcount > c->headcount_max)
    return FALSE;
  if (c->above_pmss && !(assiette > pmss))
    return FALSE;
  if (c->not_officer && profile->officer)
    return FALSE;
  return TRUE;
}

static double
base_of (const Bases *b,
         PsBase       base)
{
  switch (base)
    {
    case PS_BASE_GROSS: return b->assiette;
    case PS_BASE_T1: return b->t1;
    case PS_BASE_T1_GROSS: return MIN (b->gross, b->pmss);
    case PS_BASE_T2: return b->t2;
    case PS_BASE_CAP4: return b->cap4;
    case PS_BASE_CAP8: return b->cap8;
    case PS_BASE_CSG: return b->csg_base;
    case PS_BASE_WELFARE: return b->welfare;
    case PS_BASE_HEALTH: return b->health_employer + b->health_employee;
    default: return 0;
    }
}

static void
compute_bases (const PsParams          *p,
               const PsEmployerProfile *profile,
               double                   gross,
               Bases                   *b)
{
  double pmss = p->pss_monthly;
  double exempt, non_deductible, prevoyance_cadre = 0;
  double csg_cap;

  memset (b, 0, sizeof *b);
  b->gross = gross;
  b->pmss = pmss;
  /* no pay, no employment: no health premium either */
  if (gross > 0)
    {
      b->health_employer = profile->mutuelle_monthly * profile->mutuelle_employer_rate;
      b->health_employee = profile->mutuelle_monthly - b->health_employer;
    }

  /* Employer prévoyance for cadres is proportional to T1 of the gross
   * (before any reintegration). */
  for (int i = 0; i < p->n_contributions; i++)
    {
      const PsContribution *c = &p->contributions[i];

      if (c->branch == PS_BRANCH_WELFARE && c->base == PS_BASE_T1_GROSS
          && applies (c, profile, gross, pmss))
        prevoyance_cadre += MIN (gross, pmss) * c->employer_rate;
    }
  /* The firm's own contract: its premium, the employer's share of it but
   * never less than the law's minimum (the cadre line above), the
   * employee the rest. */
  if (gross > 0 && (profile->prevoyance_rate > 0 || profile->prevoyance_monthly > 0))
    {
      double premium = MIN (gross, pmss) * profile->prevoyance_rate + profile->prevoyance_monthly;
      double employer = MAX (premium * profile->prevoyance_employer_rate, prevoyance_cadre);

      b->prevoyance_employer = employer - prevoyance_cadre;
      b->prevoyance_employee = MAX (0.0, premium - employer);
    }
  b->welfare = b->health_employer + prevoyance_cadre + b->prevoyance_employer;

  /* The employer's welfare contributions are exempt up to
   * 6 % PSS + 1.5 % of pay, capped at 12 % PSS; the rest is added to the
   * assiette of contributions. */
  exempt = MIN (p->welfare_exempt_pss * pmss + p->welfare_exempt_gross * gross,
                p->welfare_exempt_cap * pmss);
  non_deductible = MAX (0.0, b->welfare - exempt);
  b->assiette = gross + non_deductible;

  b->t1 = MIN (b->assiette, pmss);
  b->t2 = CLAMP (b->assiette - pmss, 0.0, 7 * pmss);
  b->cap4 = MIN (b->assiette, 4 * pmss);
  b->cap8 = MIN (b->assiette, 8 * pmss);

  /* CSG/CRDS: 98.25 % of the gross up to 4 PMSS, all of it above, plus the
   * employer's welfare contributions. */
  csg_cap = p->csg_abatement_pmss * pmss;
  b->csg_base = p->csg_base_rate * MIN (gross, csg_cap) + MAX (0.0, gross - csg_cap) + b->welfare;
}

static double
reduction_coefficient (const PsParams          *p,
                       const PsEmployerProfile *profile,
                       double                   assiette)
{
  double smic = p->smic_hourly * p->smic_monthly_hours;
  double coef;

  if (assiette <= 0 || profile->officer)
    return 0;

  if (p->reduction_kind == 2)
    {
      /* RGDU (2026): Tmin + Tdelta × (½ (3 SMIC / pay − 1))^P, capped at
       * Tmin + Tdelta, 4 decimals; none from 3 SMIC. */
      double tdelta = profile->headcount < 50 ? p->reduction_tdelta_lt50 : p->reduction_tdelta_ge50;
      double ratio = 0.5 * (p->reduction_smic_factor * smic / assiette - 1.0);

      if (assiette >= p->reduction_smic_factor * smic)
        return 0;
      coef = p->reduction_tmin + tdelta * pow (ratio, p->reduction_p);
      coef = MIN (coef, p->reduction_tmin + tdelta);
    }
  else if (p->reduction_kind == 1)
    {
      /* Réduction générale (2025): T / 0.6 × (1.6 SMIC / pay − 1). */
      double t = profile->headcount < 50 ? p->reduction_t_lt50 : p->reduction_t_ge50;

      if (assiette >= p->reduction_smic_factor * smic)
        return 0;
      coef = t / 0.6 * (p->reduction_smic_factor * smic / assiette - 1.0);
      coef = MIN (coef, t);
    }
  else
    return 0;

  return ps_round_to (MAX (coef, 0.0), 4);
}

static double
employer_rate_of (const PsParams          *p,
                  const PsContribution    *c,
                  const PsEmployerProfile *profile)
{
  switch (c->kind)
    {
    case PS_RATE_ATMP: return MAX (profile->atmp_rate, p->atmp_min_rate);
    case PS_RATE_VM: return profile->vm_rate;
    case PS_RATE_HEALTH: return profile->mutuelle_employer_rate;
    case PS_RATE_FIXED:
    default: return c->employer_rate;
    }
}

static double
employee_rate_of (const PsContribution    *c,
                  const PsEmployerProfile *profile)
{
  if (c->kind == PS_RATE_HEALTH)
    return 1.0 - profile->mutuelle_employer_rate;
  return c->employee_rate;
}

void
ps_payslip_compute (const PsParams          *p,
                    const PsEmployerProfile *profile,
                    double                   gross,
                    PsPayslip               *out)
{
  double pmss = p->pss_monthly;
  double employee = 0, employer = 0, not_deductible = 0;
  double employee_welfare_taxable;
  Bases b;

  /* the totals; lines are written up to n_lines and only read that far
   * (this runs thousands of times per keystroke: no 3.7 KB memset) */
  memset (out, 0, G_STRUCT_OFFSET (PsPayslip, lines));
  out->n_lines = 0;
  gross = MAX (gross, 0.0);
  compute_bases (p, profile, gross, &b);
  out->gross = gross;
  out->assiette = b.assiette;

  /* Like the official model, line amounts are kept exact; only the totals
   * are rounded to the cent (and the RGDU coefficient to 4 decimals). */
  for (int i = 0; i < p->n_contributions; i++)
    {
      const PsContribution *c = &p->contributions[i];
      PsLine *line;
      double base, er, ee;

      if (!applies (c, profile, b.assiette, pmss))
        continue;
      base = base_of (&b, c->base);
      ee = employee_rate_of (c, profile);
      er = employer_rate_of (p, c, profile);
      if (c->reduced_max_smic > 0
          && b.assiette <= ps_round_cents (c->reduced_max_smic * p->smic_hourly * p->smic_monthly_hours))
        {
          out->reduced_rate_relief += base * (er - c->reduced_employer_rate);
          er = c->reduced_employer_rate;
        }
      if ((ee == 0 && er == 0) || base <= 0)
        continue;

      line = &out->lines[out->n_lines++];
      memset (line, 0, sizeof *line);
      line->id = c->id;
      line->label = c->label;
      line->label_en = c->label_en;
      line->source = c->source;
      line->branch = c->branch;
      line->base = base;
      line->employee_rate = ee;
      line->employer_rate = er;
      line->employee = base * ee;
      line->employer = base * er;
      employee += line->employee;
      employer += line->employer;
      if (c->not_deductible)
        not_deductible += line->employee;
    }

  if (b.prevoyance_employer > 0 || b.prevoyance_employee > 0)
    {
      PsLine *line = &out->lines[out->n_lines++];
      double base = MIN (gross, pmss);

      memset (line, 0, sizeof *line);
      line->id = "prevoyance_firm";
      line->label = "Prévoyance du contrat de l’entreprise (au-delà du minimum légal)";
      line->source = "Contrat de prévoyance collectif de l’entreprise (offre) ; CGI art. 83 1° quater";
      line->branch = PS_BRANCH_WELFARE;
      line->base = base;
      line->employee_rate = base > 0 ? b.prevoyance_employee / base : 0;
      line->employer_rate = base > 0 ? b.prevoyance_employer / base : 0;
      line->employee = b.prevoyance_employee;
      line->employer = b.prevoyance_employer;
      employee += line->employee;
      employer += line->employer;
    }

  out->reduction_coefficient = reduction_coefficient (p, profile, b.assiette);
  out->reduction = out->reduction_coefficient * b.assiette;
  if (out->reduction > 0)
    {
      PsLine *line = &out->lines[out->n_lines++];

      memset (line, 0, sizeof *line);
      line->id = p->reduction_kind == 2 ? "rgdu" : "reduction_generale";
      line->label = p->reduction_kind == 2 ? "Réduction générale dégressive unique (RGDU)"
                                           : "Réduction générale des cotisations";
      line->source = p->reduction_kind == 2 ? "CSS art. L241-13 et D241-7 (LFSS 2025, décret 2025-887)"
                                            : "CSS art. L241-13 et D241-7";
      line->branch = PS_BRANCH_OTHER;
      line->base = b.assiette;
      line->employer_rate = -out->reduction_coefficient;
      line->employer = -out->reduction;
    }

  /* Since LF 2014 (incomes 2013) only the employer's health share is
   * taxable; his prévoyance (incapacité, invalidité, décès: the cadres'
   * line and the firm's contract) is not, like the employee's health and
   * prévoyance premiums, within one limit for all of them:
   * 5 % PSS + 2 % of pay, at most 2 % of 8 PSS; above, they are taxable
   * (CGI art. 83 1° quater, BOI-RSA-BASE-30-10-20). */
  employee_welfare_taxable =
    MAX (0.0, b.health_employee + b.prevoyance_employee + b.welfare - b.health_employer
              - MIN (p->employee_welfare_exempt_pss * pmss + p->employee_welfare_exempt_gross * gross,
                     p->employee_welfare_exempt_cap * pmss));

  out->employee_contributions = MAX (0.0, employee);
  out->employer_contributions = MAX (0.0, employer - out->reduction);
  out->net_before_tax = MAX (0.0, gross - employee);
  out->taxable_net = out->net_before_tax + not_deductible + b.health_employer + employee_welfare_taxable;
  out->employer_cost = gross + out->employer_contributions;
}

double
ps_payslip_employer_cost (const PsParams          *p,
                          const PsEmployerProfile *profile,
                          double                   gross)
{
  PsPayslip slip;

  ps_payslip_compute (p, profile, gross, &slip);
  return slip.employer_cost;
}

double
ps_payslip_solve_gross (const PsParams          *p,
                        const PsEmployerProfile *profile,
                        double                   envelope,
                        double                   cost_factor)
{
  gint64 lo, hi, cents;
  double g, slope;

  if (!(envelope > 0) || ps_payslip_employer_cost (p, profile, 0) * cost_factor > envelope)
    return 0;

  /* The cost is piecewise linear in the gross (ceilings), smooth under
   * the RGDU, increasing except at the RGDU cliff (3 SMIC) where it jumps.
   * A few secant steps land on the right piece; then the largest gross in
   * cents whose cost fits is found around it, by bisection if needed (what
   * a payroll would pay; the rest stays on the account). */
  g = envelope / cost_factor / 1.45;
  {
    double c0 = ps_payslip_employer_cost (p, profile, g) * cost_factor;

    slope = ps_payslip_employer_cost (p, profile, g + 1) * cost_factor - c0;
    for (int i = 0; i < 8 && slope > 0.5 && fabs (envelope - c0) >= 0.005; i++)
      {
        double next = MAX (0.0, g + (envelope - c0) / slope);
        double c1 = ps_payslip_employer_cost (p, profile, next) * cost_factor;

        /* the slope of the piece the step landed on */
        if (fabs (next - g) > 1e-6 && (c1 - c0) / (next - g) > 0.5)
          slope = (c1 - c0) / (next - g);
        g = next;
        c0 = c1;
      }
  }

  cents = (gint64) floor (g * 100);
  lo = MAX (0, cents - 2);
  hi = cents + 3;
  if (!(ps_payslip_employer_cost (p, profile, lo / 100.0) * cost_factor <= envelope + 1e-9))
    lo = 0;
  if (ps_payslip_employer_cost (p, profile, hi / 100.0) * cost_factor <= envelope + 1e-9)
    hi = (gint64) ceil (envelope * 100.0) + 1;
  while (hi - lo > 1)
    {
      gint64 mid = lo + (hi - lo) / 2;

      if (ps_payslip_employer_cost (p, profile, mid / 100.0) * cost_factor <= envelope + 1e-9)
        lo = mid;
      else
        hi = mid;
    }
  return lo / 100.0;
}
