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

void
ps_tns_compute (const PsParams *p,
                double          revenu,
                PsTns          *t)
{
  double pass = p->pss_monthly * 12;
  double a = MAX (0.0, revenu);
  double min_maladie = ps_round_euros (pct (pass, p->tns_maladie_min_pass));
  double min_retraite = ps_round_euros (p->tns_rb_min_smic_hours * p->smic_hourly_year_start);
  double min_id = ps_round_euros (pct (p->pss_monthly, p->tns_id_min_pss) * 12);
  double maladie_base = MAX (a, min_maladie);
  double maladie_cap = last_bound (p->tns_maladie_points, p->n_tns_maladie_points) * pass;
  double maladie_total, rb_base, id_base, csg_base;

  memset (t, 0, sizeof *t);
  t->revenu = revenu;

  t->ij = ps_round_euros (pct (MIN (maladie_base, p->tns_ij_max_pass * pass), p->tns_ij_rate));
  t->maladie_rate = ps_round_to (progressive_rate (p->tns_maladie_points, p->n_tns_maladie_points, pass, a) * 100, 2) / 100;
  maladie_total = MIN (maladie_base, maladie_cap) * t->maladie_rate
                  + MAX (0.0, maladie_base - maladie_cap) * rate_above (p->tns_maladie_points, p->n_tns_maladie_points);
  t->maladie = ps_round_euros (MAX (0.0, maladie_total - t->ij));

  rb_base = MAX (a, min_retraite);
  t->retraite_base = ps_round_euros (MIN (rb_base, pass) * p->tns_rb_rate
                                     + MAX (0.0, rb_base - pass) * p->tns_rb_above_rate);
  t->retraite_complementaire = ps_round_euros (MIN (a, p->tns_rci_ceiling) * p->tns_rci_low_rate
                                               + CLAMP (a - p->tns_rci_ceiling, 0.0, 4 * pass - p->tns_rci_ceiling)
                                                 * p->tns_rci_high_rate);
  id_base = MIN (MAX (a, min_id), pass);
  t->invalidite_deces = ps_round_euros (pct (id_base, p->tns_id_rate));
  t->af_rate = progressive_rate (p->tns_af_points, p->n_tns_af_points, pass, a);
  t->allocations_familiales = ps_round_euros (pct (a, t->af_rate));

  t->social = t->maladie + t->retraite_base + t->retraite_complementaire + t->ij
              + t->invalidite_deces + t->allocations_familiales;

  /* CSG-CRDS on the revenu plus the social contributions */
  csg_base = MAX (0.0, revenu + t->social);
  t->csg_deductible = ps_round_euros (pct (csg_base, p->tns_csg_deductible_rate));
  t->csg_crds_non_deductible = ps_round_euros (pct (csg_base, p->tns_csg_crds_nd_rate));
  t->csg_crds = t->csg_deductible + t->csg_crds_non_deductible;
  t->cfp = ps_round_euros (pct (p->pss_monthly, p->tns_cfp_pss) * 12);
  t->total = t->social + t->csg_crds + t->cfp;

  add_line (t, "tns_maladie", "Maladie-maternité", "CSS art. D621-2", PS_BRANCH_HEALTH,
            maladie_base, t->maladie_rate, t->maladie);
  add_line (t, "tns_ij", "Indemnités journalières", "CSS art. D621-3", PS_BRANCH_HEALTH,
            MIN (maladie_base, p->tns_ij_max_pass * pass), p->tns_ij_rate, t->ij);
  add_line (t, "tns_retraite_base", "Retraite de base", "CSS art. D633-4", PS_BRANCH_PENSION,
            rb_base, p->tns_rb_rate, t->retraite_base);
  add_line (t, "tns_retraite_complementaire", "Retraite complémentaire (RCI)", "Règlement du régime complémentaire des indépendants",
            PS_BRANCH_PENSION, MIN (a, 4 * pass), p->tns_rci_low_rate, t->retraite_complementaire);
  add_line (t, "tns_invalidite_deces", "Invalidité-décès", "Règlement invalidité-décès des indépendants",
            PS_BRANCH_WELFARE, id_base, p->tns_id_rate, t->invalidite_deces);
  add_line (t, "tns_allocations_familiales", "Allocations familiales", "CSS art. D613-1 et D242-3",
            PS_BRANCH_FAMILY, a, t->af_rate, t->allocations_familiales);
  add_line (t, "tns_csg_deductible", "CSG déductible", "CSS art. L136-3 et L136-8", PS_BRANCH_CSG,
            csg_base, p->tns_csg_deductible_rate, t->csg_deductible);
  add_line (t, "tns_csg_crds_non_deductible", "CSG non déductible et CRDS", "CSS art. L136-8 ; ordonnance 96-50",
            PS_BRANCH_CSG, csg_base, p->tns_csg_crds_nd_rate, t->csg_crds_non_deductible);
  add_line (t, "tns_cfp", "Contribution à la formation professionnelle", "C. trav. art. L6331-48",
            PS_BRANCH_OTHER, p->pss_monthly * 12, p->tns_cfp_pss, t->cfp);
}

/* What the revenu @revenu costs: the revenu plus the contributions, less
 * the non-deductible CSG-CRDS (which is part of the revenu). Increasing:
 * by at least 1 € per euro of revenu. */
double
ps_tns_remuneration_of_revenu (const PsParams *p,
                               double          revenu)
{
  PsTns t;

  ps_tns_compute (p, revenu, &t);
  return revenu + t.total - t.csg_crds_non_deductible;
}

/* The revenu is defined by itself (the contributions depend on it, and it
 * is what remains after them): the largest revenu, to the cent, whose
 * remuneration fits @amount. The lines are rounded to the euro, so the
 * remuneration jumps by a euro here and there and some amounts have no
 * exact solution: the largest cent that fits is always defined, and a
 * spreadsheet finds the same one by bisection on whole cents. */
static double
solve_revenu (const PsParams *p,
              double          amount)
{
  /* bounds: the remuneration of @hi exceeds @amount (a remuneration is
   * more than its revenu); that of @lo fits (below 0 €, the remuneration
   * is at most the revenu + the minimum contributions, a few thousand
   * euros, well within the margin of 100 000 €) */
  gint64 lo = (gint64) floor (MIN (amount, 0.0) * 100) - PS_TNS_SOLVE_MARGIN_CENTS;
  gint64 hi = (gint64) ceil (amount * 100) + 1;

  while (hi - lo > 1)
    {
      gint64 mid = lo + (hi - lo) / 2;

      if (ps_tns_remuneration_of_revenu (p, mid / 100.0) <= amount + 1e-9)
        lo = mid;
      else
        hi = mid;
    }
  return lo / 100.0;
}

double
ps_tns_revenu_from_remuneration (const PsParams *p,
                                 double          remuneration)
{
  return solve_revenu (p, remuneration);
}

double
ps_tns_revenu_from_profit (const PsParams *p,
                           double          profit)
{
  /* revenu = profit − the deductible contributions: the same equation */
  return solve_revenu (p, profit);
}
