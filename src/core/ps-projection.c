/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ps-projection"

#include "config.h"

#include <math.h>
#include <string.h>

#include "ps-acre.h"
#include "ps-cashflow.h"
#include "ps-company.h"
#include "ps-money.h"
#include "ps-projection.h"
#include "ps-rights.h"
#include "ps-tns.h"

void
ps_projection_inputs_init (PsProjectionInputs *in)
{
  memset (in, 0, sizeof *in);
  in->years = 3;
  in->tjm_growth_rate = 0;
  in->indexation_rate = NAN;
  in->mission_months = 12;
  ps_cfe_inputs_init (&in->cfe);
}

void
ps_params_index (const PsParams *p,
                 double          f,
                 PsParams       *out)
{
  /* amounts the law revalues every year (the PASS, the SMIC, the tax
   * scale and its amounts, the PAS grid, the floors); the rates, the
   * thresholds fixed in the law (CEHR, VAT franchise, the IS's 42 500 €)
   * and the 2017 PASS of the portage convention stay */
  double *amounts[] = {
    &out->pss_monthly, &out->pss_annual, &out->smic_hourly, &out->smic_hourly_year_start,
    &out->qf_cap_half_part, &out->decote_single, &out->decote_couple, &out->deduction_min,
    &out->deduction_max, &out->cdi_floor_cadre_monthly, &out->telework_daily,
    &out->telework_monthly_cap, &out->meal_outside_premises, &out->meal_restaurant,
    &out->tr_employer_exempt_max, &out->per_pass_previous_year, &out->fee_typical_cap_monthly,
    &out->micro_threshold, &out->micro_vl_rfr_limit_per_part, &out->micro_abatement_min,
    &out->micro_running_costs, &out->company_running_costs, &out->cfe_base_min,
    &out->cfe_base_max[0], &out->cfe_base_max[1], &out->cfe_base_max[2], &out->cfe_base_max[3],
    &out->cfe_base_max[4], &out->cfe_base_max[5],
  };

  *out = *p;
  for (guint i = 0; i < G_N_ELEMENTS (amounts); i++)
    *amounts[i] *= f;
  for (int i = 0; i < out->n_ir_brackets; i++)
    if (out->ir_brackets[i].upper < G_MAXDOUBLE)
      out->ir_brackets[i].upper *= f;
  for (int i = 0; i < out->n_pas_grid; i++)
    if (out->pas_grid[i].upper < G_MAXDOUBLE)
      out->pas_grid[i].upper *= f;
}

/* The embedded rates of the later years, resolved on 1 January, loaded
 * once (parsing a rates file costs milliseconds, a projection runs on
 * every keystroke) and kept: the parameters of a year stay valid after
 * the loop moves on, for the years indexed from them. */
#define YEAR_CACHE_FIRST 2000
#define YEAR_CACHE_SIZE  100

static PsParams *year_params[YEAR_CACHE_SIZE];
static gboolean  year_loaded[YEAR_CACHE_SIZE];
G_LOCK_DEFINE_STATIC (year_cache);

static const PsParams *
embedded_year (int year)
{
  int i = year - YEAR_CACHE_FIRST;
  const PsParams *p;

  if (i < 0 || i >= YEAR_CACHE_SIZE)
    return NULL;
  G_LOCK (year_cache);
  if (!year_loaded[i])
    {
      g_autoptr (PsRates) rates = ps_rates_new_embedded (year, NULL);
      const PsParams *resolved = rates ? ps_rates_resolve (rates, PS_DATE (year, 1, 1), NULL) : NULL;

      year_params[i] = resolved ? g_memdup2 (resolved, sizeof *resolved) : NULL;
      year_loaded[i] = TRUE;
    }
  p = year_params[i];
  G_UNLOCK (year_cache);
  return p;
}

/* The micro-entreprise that has left its regime: a BNC au réel, taxed
 * like an EURL at the income tax with the micro's costs (and its health
 * budget, now Madelin-deductible). */
static double
reel_net (const PsParams   *p,
          const PsScenario *s,
          double            health_yearly)
{
  PsCompanyInputs in;
  PsCompanyResult r;

  ps_company_inputs_init (&in, p);
  in.revenue = s->tjm * s->days_per_year;
  in.costs = s->micro_running_costs + s->expenses_monthly * 12;
  in.pay = -1;
  in.ir = TRUE;
  in.tax = s->tax;
  in.csm_exempt = s->csm_exempt;
  /* the same health budget as the micro's, Madelin-deductible au réel */
  in.health_yearly = health_yearly;
  ps_eurl_compute (p, &in, &r);
  return r.net_after_tax - s->expenses_monthly * 12;
}

/* the TNS contributions on @income, with @p */
static double
tns_due (const PsParams *p,
         double          income)
{
  PsTns t;

  ps_tns_compute (p, income, &t);
  return t.total;
}

gboolean
ps_projection_compute (PsRates                  *rates,
                       const PsScenario         *scenario,
                       PsDate                    start,
                       const PsProjectionInputs *in,
                       PsProjection             *out,
                       GError                  **error)
{
  g_autofree PsComparison *c = g_new (PsComparison, 1);
  g_autofree PsParams *indexed = g_new (PsParams, 1);
  const PsParams *first = ps_rates_resolve (rates, start, error);
  const PsParams *last = first;
  int first_year = PS_DATE_YEAR (start);
  double above[PS_MAX_PROJECTION_YEARS] = { 0 };
  /* EURL: the income of each year (for the provisional calls two years on) */
  double eurl_income[PS_MAX_PROJECTION_YEARS] = { 0 };
  double eurl_due[PS_MAX_PROJECTION_YEARS] = { 0 };
  double eurl_provisional[PS_MAX_PROJECTION_YEARS] = { 0 };
  /* paid the year after: dividends, the CSM */
  double dividends_next[PS_N_STATUSES] = { 0 };
  double csm_next[PS_N_STATUSES] = { 0 };
  double reserve_held = 0;
  double revenue[PS_MAX_PROJECTION_YEARS] = { 0 };
  int months = 0;

  if (first == NULL)
    return FALSE;
  memset (out, 0, sizeof *out);
  out->n_years = CLAMP (in->years, 1, PS_MAX_PROJECTION_YEARS);
  out->indexation_rate = isnan (in->indexation_rate)
                           ? (first->per_pass_previous_year > 0 ? first->pss_annual / first->per_pass_previous_year - 1 : 0)
                           : in->indexation_rate;

  for (int y = 0; y < out->n_years; y++)
    {
      const PsParams *p;
      PsScenario s = *scenario;
      int year = first_year + y;

      /* the year's parameters: its own rates file if there is one, else
       * the last one's, indexed */
      if (y == 0)
        p = first;
      else if ((p = embedded_year (year)) != NULL)
        last = p;
      else
        {
          int since = year - last->year;

          ps_params_index (last, pow (1 + out->indexation_rate, since), indexed);
          indexed->year = year;
          p = indexed;
        }

      s.tjm = scenario->tjm * pow (1 + in->tjm_growth_rate, y);
      /* the ACRE: the first twelve months only, when the user is eligible */
      s.micro_acre = y == 0 && (scenario->micro_acre || scenario->acre_eligible);
      s.company_acre = y == 0 && (scenario->company_acre || scenario->acre_eligible);
      /* the CFE from the second year, on the revenue of its reference
       * year: a running cost of the micro, the SASU and the EURL */
      revenue[y] = s.tjm * s.days_per_year;
      {
        int ref = ps_cfe_reference_year (y);
        double cfe = ref < 0 ? 0 : ps_cfe_amount (p, &in->cfe, y, revenue[ref]);

        s.micro_running_costs += cfe;
        s.company_running_costs += cfe;
        for (int k = PS_STATUS_MICRO; k <= PS_STATUS_EURL; k++)
          {
            out->years[k][y].cfe = cfe;
            out->years[k][y].cfe_base = cfe > 0 ? ps_cfe_base (p, &in->cfe, revenue[ref]) : 0;
          }
      }
      ps_comparison_compute (p, &s, c);

      for (int k = 0; k < PS_N_STATUSES; k++)
        {
          PsProjectionYear *py = &out->years[k][y];
          const PsStatusResult *r = &c->statuses[k];

          py->year = year;
          py->tjm = s.tjm;
          py->revenue = r->revenue_yearly;
          py->usable = r->eligible || k == PS_STATUS_MICRO;
          py->net_accrued = r->net_after_tax_yearly;
          py->cash = r->net_after_tax_yearly;
          {
            PsRights rights;

            ps_rights_compute (p, c, k, &rights);
            py->quarters = rights.pension_quarters;
            py->points = rights.points;
            py->pension_accrued = rights.pension_yearly_accrued;
          }
        }

      /* micro: out of the regime after two consecutive years above the
       * ceiling (CGI art. 102 ter: the regime applies while the revenue of
       * the year before or the one before that is under it) */
      {
        PsProjectionYear *py = &out->years[PS_STATUS_MICRO][y];

        above[y] = c->micro.revenue > p->micro_threshold;
        py->acre = s.micro_acre;
        py->micro_regime = !(y >= 2 && above[y - 1] && above[y - 2]);
        py->above_ceiling = above[y];
        /* au réel, it is no longer a micro-entreprise */
        py->usable = py->micro_regime;
        if (!py->micro_regime)
          {
            py->net_accrued = reel_net (p, &s, c->health_yearly);
            py->cash = py->net_accrued;
            py->acre = FALSE;
          }
      }

      /* portage: the month's cash, and the réserve when a mission ends */
      {
        PsProjectionYear *py = &out->years[PS_STATUS_PORTAGE][y];
        const PsPortageResult *pr = &c->portage;
        double month_cash = pr->net_after_tax + MIN (0.0, pr->envelope);
        double mission = MAX (1.0, in->mission_months);

        py->cash = 0;
        for (int m = 0; m < 12; m++)
          {
            months++;
            py->cash += month_cash;
            reserve_held += pr->reserve_net_after_tax;
            if (fmod (months, mission) < 1e-9)
              {
                py->cash += reserve_held;
                reserve_held = 0;
              }
          }
      }

      /* SASU and EURL: the dividends of the year are voted and paid the
       * year after; the CSM is called the year after */
      for (int k = PS_STATUS_SASU; k <= PS_STATUS_EURL; k++)
        {
          const PsCompanyResult *cr = k == PS_STATUS_SASU ? &c->sasu : &c->eurl;
          PsProjectionYear *py = &out->years[k][y];

          py->cash = py->net_accrued - cr->dividends_net + cr->csm.amount + dividends_next[k] - csm_next[k];
          dividends_next[k] = cr->dividends_net;
          csm_next[k] = cr->csm.amount;
          py->acre = s.company_acre;
          py->acre_exemption = cr->acre;
        }

      /* EURL: provisional contributions and the regularisation of last
       * year's the year after. The first year on the flat base (19 % of
       * the PASS, CSS art. D131-1); from the second, the year's calls are
       * recalculated on last year's income as soon as it is declared
       * (CSS art. L131-6-2, al. 1: « recalculé sur la base du revenu
       * d'activité de l'année précédente dès que ce revenu est connu »),
       * so the year's total is the contributions on last year's income
       * (the flat base, or the income two years back, only until then) */
      {
        PsProjectionYear *py = &out->years[PS_STATUS_EURL][y];

        eurl_income[y] = c->eurl.tns.income;
        /* after the ACRE, which also lowers the first provisional calls */
        eurl_due[y] = c->eurl.contributions;
        eurl_provisional[y] = y == 0 ? ps_tns_first_years_provisional (p) : tns_due (p, eurl_income[y - 1]);
        if (s.company_acre)
          eurl_provisional[y] -= ps_acre_tns_provisional (p);
        py->contributions_due = eurl_due[y];
        py->contributions_paid = eurl_provisional[y] + (y > 0 ? eurl_due[y - 1] - eurl_provisional[y - 1] : 0);
        py->cash += py->contributions_due - py->contributions_paid;
      }

      for (int k = 0; k < PS_N_STATUSES; k++)
        {
          PsProjectionYear *py = &out->years[k][y];
          const PsProjectionYear *before = y > 0 ? &out->years[k][y - 1] : NULL;

          py->cumulative_cash = (before ? before->cumulative_cash : 0) + py->cash;
          py->cumulative_net = (before ? before->cumulative_net : 0) + py->net_accrued;
          py->cumulative_quarters = (before ? before->cumulative_quarters : 0) + py->quarters;
          py->cumulative_points = (before ? before->cumulative_points : 0) + py->points;
          py->cumulative_pension = (before ? before->cumulative_pension : 0) + py->pension_accrued;
        }
    }

  /* still owed after the last year */
  out->owed_after[PS_STATUS_PORTAGE] = reserve_held;
  out->owed_after[PS_STATUS_SASU] = dividends_next[PS_STATUS_SASU] - csm_next[PS_STATUS_SASU];
  out->owed_after[PS_STATUS_EURL] = dividends_next[PS_STATUS_EURL] - csm_next[PS_STATUS_EURL]
                                    - (eurl_due[out->n_years - 1] - eurl_provisional[out->n_years - 1]);

  /* who leads each year, and from when for good: on the nets after tax
   * (cash would put ahead a status that owes what it holds) */
  for (int y = 0; y < out->n_years; y++)
    {
      int best = -1;

      for (int k = 0; k < PS_N_STATUSES; k++)
        if (out->years[k][y].usable
            && (best < 0 || out->years[k][y].cumulative_net > out->years[best][y].cumulative_net))
          best = k;
      out->leader[y] = best < 0 ? PS_STATUS_CDI : (PsStatus) best;
    }
  for (int k = 0; k < PS_N_STATUSES; k++)
    {
      out->leads_from[k] = 0;
      for (int y = out->n_years - 1; y >= 0 && out->leader[y] == (PsStatus) k; y--)
        out->leads_from[k] = y + 1;
    }
  /* who overtakes whom, for good */
  for (int a = 0; a < PS_N_STATUSES; a++)
    for (int b = 0; b < PS_N_STATUSES; b++)
      {
        int y = out->n_years - 1;

        out->overtakes[a][b] = 0;
        if (a == b)
          continue;
        while (y >= 0 && out->years[a][y].usable && out->years[b][y].usable
               && out->years[a][y].cumulative_net > out->years[b][y].cumulative_net)
          y--;
        /* y: the last year a was not above (or not usable); a stayed above
         * from the next one, if that is not the first year */
        if (y >= 0 && y < out->n_years - 1 && out->years[a][y].usable && out->years[b][y].usable)
          out->overtakes[a][b] = y + 2;
      }
  return TRUE;
}
