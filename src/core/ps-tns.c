/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ps-tns"

#include "config.h"

#include <math.h>
#include <string.h>

#include "ps-money.h"
#include "ps-tns.h"

/* (rate % × base) / 100, in this order, as the official model computes */
static double
pct (double base,
     double rate_fraction)
{
  return (rate_fraction * 100 * base) / 100;
}

/* Linear interpolation between (bound × PASS, rate) points; below the
 * first bound its rate, above the last bounded point that point's rate. */
static double
progressive_rate (const PsBracket *points,
                  int              n,
                  double           pass,
                  double           income)
{
  double lower = 0;

  for (int i = 0; i < n && points[i].upper < G_MAXDOUBLE; i++)
    {
      double upper = points[i].upper * pass;

      if (income >= lower && income < upper)
        {
          double from = i > 0 ? points[i - 1].rate : points[i].rate;

          return from + (income - lower) * ((points[i].rate - from) / (upper - lower));
        }
      lower = upper;
    }
  for (int i = n - 1; i >= 0; i--)
    if (points[i].upper < G_MAXDOUBLE)
      return points[i].rate;
  return 0;
}

/* the rate of the part above the last bound, for maladie */
static double
rate_above (const PsBracket *points,
            int              n)
{
  return n > 0 && points[n - 1].upper == G_MAXDOUBLE ? points[n - 1].rate : 0;
}

static double
last_bound (const PsBracket *points,
            int              n)
{
  for (int i = n - 1; i >= 0; i--)
    if (points[i].upper < G_MAXDOUBLE)
      return points[i].upper;
  return 0;
}

static void
add_line (PsTns      *t,
          const char *id,
          const char *label,
          const char *source,
          PsBranch    branch,
          double      base,
          double      rate,
          double      amount)
{
  PsLine *l = &t->lines[t->n_lines++];

  l->id = id;
  l->label = label;
  l->source = source;
  l->branch = branch;
  l->base = base;
  l->employee_rate = rate;
  l->employee = amount;
}

static double
abatement_of (const PsParams *p,
              double          income)
{
  double pass = p->pss_monthly * 12;

  return CLAMP (MAX (0.0, income) * p->tns_abatement_rate,
                p->tns_abatement_min_pass * pass, p->tns_abatement_max_pass * pass);
}

double
ps_tns_assiette (const PsParams *p,
                 double          income)
{
  return MAX (0.0, income - abatement_of (p, income));
}

double
ps_tns_lowest_minimum_base (const PsParams *p)
{
  return MIN (ps_round_euros (p->tns_rb_min_smic_hours * p->smic_hourly_year_start),
              ps_round_euros (pct (p->pss_monthly, p->tns_id_min_pss) * 12));
}

void
ps_tns_compute (const PsParams *p,
                double          income,
                PsTns          *t)
{
  double pass = p->pss_monthly * 12;
  double min_ij = ps_round_euros (pct (pass, p->tns_ij_min_pass));
  double min_retraite = ps_round_euros (p->tns_rb_min_smic_hours * p->smic_hourly_year_start);
  double min_id = ps_round_euros (pct (p->pss_monthly, p->tns_id_min_pss) * 12);
  double maladie_cap = last_bound (p->tns_maladie_points, p->n_tns_maladie_points) * pass;
  double rci_low = p->tns_rci_low_max_pass * pass;
  double rci_top = p->tns_rci_max_pass * pass;
  double a, ij_base, rb_base, id_base;

  memset (t, 0, sizeof *t);
  t->income = income;
  t->abatement = abatement_of (p, income);
  t->assiette = a = MAX (0.0, income - t->abatement);

  /* D621-2: below 3 PASS one rate on the whole base; D621-1 above */
  t->maladie_rate = progressive_rate (p->tns_maladie_points, p->n_tns_maladie_points, pass, a);
  t->maladie = ps_round_euros (MIN (a, maladie_cap) * t->maladie_rate
                               + MAX (0.0, a - maladie_cap) * rate_above (p->tns_maladie_points, p->n_tns_maladie_points));
  ij_base = MIN (MAX (a, min_ij), p->tns_ij_max_pass * pass);
  t->ij = ps_round_euros (pct (ij_base, p->tns_ij_rate));

  rb_base = MAX (a, min_retraite);
  t->retraite_base = ps_round_euros (MIN (rb_base, pass) * p->tns_rb_rate
                                     + MAX (0.0, rb_base - pass) * p->tns_rb_above_rate);
  t->retraite_complementaire = ps_round_euros (MIN (a, rci_low) * p->tns_rci_low_rate
                                               + CLAMP (a - rci_low, 0.0, MAX (0.0, rci_top - rci_low))
                                                 * p->tns_rci_high_rate);
  id_base = MIN (MAX (a, min_id), pass);
  t->invalidite_deces = ps_round_euros (pct (id_base, p->tns_id_rate));
  t->af_rate = progressive_rate (p->tns_af_points, p->n_tns_af_points, pass, a);
  t->allocations_familiales = ps_round_euros (pct (a, t->af_rate));

  t->social = t->maladie + t->retraite_base + t->retraite_complementaire + t->ij
              + t->invalidite_deces + t->allocations_familiales;

  /* CSG-CRDS on the same base (no contributions added back) */
  t->csg_deductible = ps_round_euros (pct (a, p->tns_csg_deductible_rate));
  t->csg_crds_non_deductible = ps_round_euros (pct (a, p->tns_csg_crds_nd_rate));
  t->csg_crds = t->csg_deductible + t->csg_crds_non_deductible;
  t->cfp = ps_round_euros (pct (p->pss_monthly, p->tns_cfp_pss) * 12);
  t->total = t->social + t->csg_crds + t->cfp;
  t->deductible = t->total - t->csg_crds_non_deductible;

  add_line (t, "tns_maladie", "Maladie-maternité", "CSS art. D621-1 et D621-2", PS_BRANCH_HEALTH,
            a, t->maladie_rate, t->maladie);
  add_line (t, "tns_ij", "Indemnités journalières", "CSS art. D621-3", PS_BRANCH_HEALTH,
            ij_base, p->tns_ij_rate, t->ij);
  add_line (t, "tns_retraite_base", "Retraite de base", "CSS art. D633-3", PS_BRANCH_PENSION,
            rb_base, p->tns_rb_rate, t->retraite_base);
  add_line (t, "tns_retraite_complementaire", "Retraite complémentaire (RCI)", "CSS art. D635-7",
            PS_BRANCH_PENSION, MIN (a, rci_top), p->tns_rci_low_rate, t->retraite_complementaire);
  add_line (t, "tns_invalidite_deces", "Invalidité-décès", "Règlement invalidité-décès des indépendants",
            PS_BRANCH_WELFARE, id_base, p->tns_id_rate, t->invalidite_deces);
  add_line (t, "tns_allocations_familiales", "Allocations familiales", "CSS art. D613-1 et D242-3",
            PS_BRANCH_FAMILY, a, t->af_rate, t->allocations_familiales);
  add_line (t, "tns_csg_deductible", "CSG déductible", "CSS art. L136-3 et L136-8", PS_BRANCH_CSG,
            a, p->tns_csg_deductible_rate, t->csg_deductible);
  add_line (t, "tns_csg_crds_non_deductible", "CSG non déductible et CRDS", "CSS art. L136-8 ; ordonnance 96-50",
            PS_BRANCH_CSG, a, p->tns_csg_crds_nd_rate, t->csg_crds_non_deductible);
  add_line (t, "tns_cfp", "Contribution à la formation professionnelle", "C. trav. art. L6331-48",
            PS_BRANCH_OTHER, p->pss_monthly * 12, p->tns_cfp_pss, t->cfp);
}
