/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ps-bench"

#include "config.h"

#include <math.h>

#include <glib/gi18n.h>
#include <glib/gstdio.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>

#include "ps-cashflow.h"
#include "ps-cli-bench.h"
#include "ps-line-rate.h"
#include "ps-glossary.h"
#include "ps-money.h"
#include "ps-money-split.h"
#include "ps-status-flow.h"
#include "ps-cli-private.h"
#include "ps-cli.h"
#include "ps-breakeven.h"
#include "ps-comparison.h"
#include "ps-csm.h"
#include "ps-payslip.h"
#include "ps-file.h"
#include "ps-offer-edit.h"
#include "ps-offer.h"
#include "ps-scenarios.h"
#include "ps-projection.h"
#include "ps-rights.h"
#include "ps-tips.h"
#include "ps-rights-figures.h"
#include "ps-year.h"
#include "ps-xlsx-export.h"

#define N_RUNS 7

/* one call of each, once: what the fuzzer runs (ps_cli_bench_set_quick) */
static gboolean quick;

void
ps_cli_bench_set_quick (gboolean enabled)
{
  quick = enabled;
}

static int
cmp_double (const void *a,
            const void *b)
{
  double x = *(const double *) a, y = *(const double *) b;

  return (x > y) - (x < y);
}

static double
median (double *v,
        int     n)
{
  qsort (v, n, sizeof *v, cmp_double);
  return v[n / 2];
}

/* Runs @fn @iterations times, N_RUNS times: median seconds per call. */
static double
time_per_call (void  (*fn) (gpointer, int),
               gpointer data,
               int      iterations)
{
  double runs[N_RUNS];
  int n_runs = quick ? 1 : N_RUNS;

  if (quick)
    iterations = 1;
  for (int r = 0; r < n_runs; r++)
    {
      gint64 t0 = g_get_monotonic_time ();

      for (int i = 0; i < iterations; i++)
        fn (data, i);
      runs[r] = (g_get_monotonic_time () - t0) / 1e6 / iterations;
    }
  return median (runs, n_runs);
}

typedef struct
{
  const PsParams   *params;
  PsRates          *rates;
  char             *export_path;
  PsScenario        scenario;
  PsEmployerProfile profile;
  PsComparison     *comparison;
  double            sink;
  double           *sweep;
  PsOffer          *offers;           /* PS_MAX_OFFERS */
  PsScenarioFile   *files;            /* PS_MAX_SCENARIOS */
  PsScenarios      *scenarios;
} Bench;

static void
salary_eval (gpointer data,
             int      i)
{
  Bench *b = data;
  PsPayslip slip;

  ps_payslip_compute (b->params, &b->profile, 2000 + (i % 1000) * 10.0, &slip);
  b->sink += slip.net_before_tax;
}

static void
portage_solve (gpointer data,
               int      i)
{
  Bench *b = data;
  PsPortageInputs in;
  PsPortageResult r;

  ps_portage_inputs_init (&in, b->params);
  in.tjm = 300 + (i % 700);
  in.days_per_month = 200.0 / 12;
  ps_portage_compute (b->params, &in, &r);
  b->sink += r.net_after_tax;
}

static void
comparison (gpointer data,
            int      i)
{
  Bench *b = data;

  b->scenario.tjm = 300 + (i % 700);
  ps_comparison_compute (b->params, &b->scenario, b->comparison);
  b->sink += b->comparison->statuses[PS_STATUS_SASU].net_after_tax_yearly;
}

static void
tns (gpointer data,
     int      i)
{
  Bench *b = data;
  PsTns t;
  PsCsm c;

  ps_tns_compute (b->params, 20000 + (i % 1000) * 200.0, &t);
  ps_csm_compute (b->params, i % 12000, 0, 30000 + i % 1000, FALSE, &c);
  b->sink += t.total + c.amount;
}

/* the comparison is computed once, outside the timing */
static void
rights (gpointer data,
        int      i)
{
  Bench *b = data;
  PsRights r;

  for (int k = 0; k < PS_N_STATUSES; k++)
    {
      ps_rights_compute (b->params, b->comparison, k, &r);
      b->sink += r.points + r.are_total + r.sick_month_net + (i & 1);
    }
}

/* what the breakdown's Protection section shows, for one status */
static void
rights_figures (gpointer data,
                int      i)
{
  Bench *b = data;
  PsRightsFigure figures[PS_N_RIGHTS_FIGURES];
  PsRights r;

  ps_rights_compute (b->params, b->comparison, i % PS_N_STATUSES, &r);
  ps_rights_figures (b->params, b->rates, &r, figures);
  b->sink += strlen (figures[PS_RIGHTS_FIGURE_ARE].rule);
  ps_rights_figures_clear (figures);
}

/* the sick days' pay of the five statuses, from a comparison */
static void
year_sick (gpointer data,
           int      i)
{
  Bench *b = data;
  PsYearSick sick;

  ps_year_sick_compute (b->params, b->comparison, 5 + i % 20, &sick);
  b->sink += sick.statuses[PS_STATUS_PORTAGE].net;
}

/* the chart's sweep when the realistic year is on (121 day rates) */
static void
year_sweep (gpointer data,
            int      i)
{
  Bench *b = data;
  PsYearInputs in;

  ps_year_inputs_init (&in);
  ps_year_sweep (b->params, &b->scenario, &in, 275 + (i % 3), 825, 121, b->sweep);
  b->sink += b->sweep[60 * PS_N_STATUSES];
}

/* six offers of the shapes in data/offers/, parsed once outside the
 * timing, compared side by side on one day rate */
static const char *const bench_offers[PS_MAX_OFFERS] = {
  "{\"format\":1,\"name\":\"flat\",\"fee\":{\"model\":\"flat\",\"flat_monthly\":99}}",
  "{\"format\":1,\"name\":\"advance\",\"fee\":{\"model\":\"percent\",\"pct\":3,\"floor_monthly\":150},"
  "\"advance\":{\"share_pct\":100,\"cost_pct_per_month\":1,\"payment_delay_days\":45}}",
  "{\"format\":1,\"name\":\"extras\",\"fee\":{\"model\":\"percent\",\"pct\":5},\"extras_monthly\":150}",
  "{\"format\":1,\"name\":\"cdi\",\"fee\":{\"model\":\"percent\",\"pct\":7},\"contract\":\"cdi\",\"reserve\":true}",
  "{\"format\":1,\"name\":\"tiered\",\"fee\":{\"model\":\"tiered\",\"bands_marginal\":true,"
  "\"bands\":[{\"upto\":8000,\"pct\":10},{\"upto\":12000,\"pct\":9},{\"upto\":null,\"pct\":7}]}}",
  "{\"format\":1,\"name\":\"cdd\",\"fee\":{\"model\":\"percent\",\"pct\":8},\"contract\":\"cdd\"}",
};

static void
offers_6 (gpointer data,
          int      i)
{
  Bench *b = data;
  PsOfferResult out[PS_MAX_OFFERS];

  b->scenario.tjm = 400 + (i % 400);
  ps_offers_compare (b->params, &b->scenario, b->offers, PS_MAX_OFFERS, out);
  b->sink += out[i % PS_MAX_OFFERS].vs_best_yearly + out[0].restitution;
}

/* the window's "day rate for a net wanted": the five statuses */
static void
target_5 (gpointer data,
          int      i)
{
  Bench *b = data;
  PsBreakeven be;

  for (int k = 0; k < PS_N_STATUSES; k++)
    if (ps_breakeven_target (b->params, &b->scenario, k, 4000 + (i % 50) * 20, &be))
      b->sink += be.tjm;
}

static void
tips_plan (gpointer data,
           int      i)
{
  Bench *b = data;
  PsTipsPlan plan;
  g_autoptr (GPtrArray) tips = NULL;

  b->scenario.tjm = 400 + (i % 400);
  tips = ps_tips_compute_with_plan (b->params, &b->scenario, &plan);
  b->sink += plan.gain_monthly + tips->len;
}

static void
scenarios_4 (gpointer data,
             int      i)
{
  Bench *b = data;
  const PsParams *params[PS_MAX_SCENARIOS] = { b->params, b->params, b->params, b->params };

  b->files[0].scenario.tjm = 400 + (i % 400);
  if (ps_scenarios_compute (b->scenarios, params, b->files, NULL, PS_MAX_SCENARIOS, NULL))
    b->sink += b->scenarios->columns[i % PS_MAX_SCENARIOS].comparison.statuses[PS_STATUS_PORTAGE].net_after_tax_yearly;
}

/* the window's chart with an offer marked current: its portage curve,
 * 121 day rates from ½ to 1½ times the TJM */
static void
offer_sweep (gpointer data,
             int      i)
{
  Bench *b = data;
  double out[121];

  b->scenario.tjm = 550;
  ps_offer_sweep_usable (b->params, &b->scenario, &b->offers[4], 275, 825, 121, out);
  b->sink += out[i % 121];
}

/* the window's chart with an offer marked current: every status's curve,
 * the others with the offer's health budget */
static void
offer_statuses_sweep (gpointer data,
                      int      i)
{
  Bench *b = data;

  b->scenario.tjm = 550;
  ps_comparison_sweep_offer_usable (b->params, &b->scenario, &b->offers[4], 275, 825, 121, b->sweep);
  b->sink += b->sweep[(i % 121) * PS_N_STATUSES];
}

static void
sweep (gpointer data,
       int      i)
{
  Bench *b = data;

  ps_comparison_sweep (b->params, &b->scenario, 200, 1500, 200, b->sweep);
  b->sink += b->sweep[i % 200];
}

static void
export_xlsx (gpointer data,
             int      i)
{
  Bench *b = data;
  g_autoptr (GError) error = NULL;

  b->scenario.tjm = 550;
  ps_comparison_compute (b->params, &b->scenario, b->comparison);
  if (ps_xlsx_export (b->comparison, b->params, b->rates, b->export_path, &error))
    b->sink += 1;
  else
    g_warning ("export: %s", error->message);
}

/* where the money goes, every status, from the comparison the window has */
static void
money_split (gpointer data,
             int      i)
{
  Bench *b = data;
  PsMoneySplit split;

  for (int st = 0; st < PS_N_STATUSES; st++)
    {
      ps_money_split (b->comparison, st, &split);
      b->sink += split.segments[split.n_segments - 1].yearly;
    }
}

/* the summary above the breakdown, every status */
static void
status_flow (gpointer data,
             int      i)
{
  Bench *b = data;
  PsStatusFlow flow;

  for (int st = 0; st < PS_N_STATUSES; st++)
    {
      ps_status_flow (b->comparison, st, &flow);
      b->sink += flow.steps[flow.n_steps - 1].yearly;
    }
}

/* the rates beside the breakdown's lines, every status (ps-line-rate) */
static void
line_rates (gpointer data,
            int      i)
{
  Bench *b = data;

  for (int st = 0; st < PS_N_STATUSES; st++)
    {
      const PsStatusResult *r = &b->comparison->statuses[st];

      for (int k = 0; k < r->n_lines; k++)
        {
          g_autofree char *text = ps_line_rate_text (b->params, b->comparison, st, &r->lines[k]);

          b->sink += strlen (text);
        }
    }
}

/* the glossary, as the window's dialog and the CLI read it */
static void
glossary (gpointer data,
          int      i)
{
  static const char *const terms[] = { "TJM", "IAA", "réserve", "RGDU", "PFU", "IS", "PER", "PEE", "ACRE", "VL" };
  Bench *b = data;
  g_autoptr (PsGlossary) g = ps_glossary_new_embedded (NULL);

  for (guint k = 0; g != NULL && k < G_N_ELEMENTS (terms); k++)
    b->sink += ps_glossary_lookup (g, terms[k]) != NULL;
}

/* the first year month by month, from the comparison the window has */
static void
cashflow (gpointer data,
          int      i)
{
  Bench *b = data;
  PsCashflow cf;
  PsCashflowInputs in;

  ps_cashflow_inputs_init (&in);
  in.payment_days = 30 + 15 * (i % 3);
  ps_cashflow_compute (b->params, b->comparison, &in, &cf);
  b->sink += cf.statuses[PS_STATUS_EURL].person_after.cumulative;
}

static void
projection_5y (gpointer data,
               int      i)
{
  Bench *b = data;
  g_autofree PsProjection *pr = g_new (PsProjection, 1);
  PsProjectionInputs in;

  ps_projection_inputs_init (&in);
  in.years = 5;
  in.tjm_growth_rate = 0.02;
  b->scenario.tjm = 400 + (i % 300);
  if (ps_projection_compute (b->rates, &b->scenario, b->params->date, &in, pr, NULL))
    b->sink += pr->years[PS_STATUS_EURL][4].cumulative_cash;
  cashflow (data, i);
}

gboolean
ps_cli_bench_run (const PsParams   *params,
                  PsRates          *rates,
                  const PsScenario *scenario,
                  PsBenchResult    *out)
{
  g_autofree PsComparison *c = g_new0 (PsComparison, 1);
  g_autofree double *sw = g_new (double, 200 * PS_N_STATUSES);
  g_autofree char *dir = ps_file_make_temp_dir ("bench", NULL);
  g_autofree char *path = dir ? g_build_filename (dir, "bench.xlsx", NULL) : NULL;
  g_autofree PsOffer *offers = g_new0 (PsOffer, PS_MAX_OFFERS);
  g_autofree PsScenarioFile *files = g_new0 (PsScenarioFile, PS_MAX_SCENARIOS);
  g_autofree PsScenarios *scenarios = g_new0 (PsScenarios, 1);
  Bench b = { params, rates, path, *scenario, { 0 }, c, 0, sw, offers, files, scenarios };
  struct rusage usage;

  ps_employer_profile_init_portage (&b.profile);
  memset (out, 0, sizeof *out);
  out->salary_eval_s = time_per_call (salary_eval, &b, 20000);
  out->portage_solve_s = time_per_call (portage_solve, &b, 2000);
  out->comparison_s = time_per_call (comparison, &b, 300);
  out->sweep_200_s = time_per_call (sweep, &b, 3);
  out->tns_s = time_per_call (tns, &b, 20000);
  out->tips_plan_s = time_per_call (tips_plan, &b, 10);
  b.scenario.tjm = 550;
  ps_comparison_compute (params, &b.scenario, c);
  out->projection_5y_s = time_per_call (projection_5y, &b, 30);
  out->cashflow_s = time_per_call (cashflow, &b, 20000);
  out->money_split_s = time_per_call (money_split, &b, 20000);
  out->status_flow_s = time_per_call (status_flow, &b, 20000);
  out->line_rates_s = time_per_call (line_rates, &b, 2000);
  out->glossary_s = time_per_call (glossary, &b, 200);
  b.scenario.tjm = 550;
  out->rights_s = time_per_call (rights, &b, 20000);
  out->rights_figures_s = time_per_call (rights_figures, &b, 2000);
  out->year_sick_s = time_per_call (year_sick, &b, 20000);
  out->year_sweep_s = time_per_call (year_sweep, &b, 3);
  for (int k = 0; k < PS_MAX_OFFERS; k++)
    {
      g_autoptr (GError) offer_error = NULL;

      ps_offer_init (&b.offers[k], NULL);
      if (!ps_offer_from_json (&b.offers[k], bench_offers[k], strlen (bench_offers[k]), &offer_error))
        g_error ("bench offer %d: %s", k, offer_error->message);
    }
  out->offers_6_s = time_per_call (offers_6, &b, 300);
  b.scenario.tjm = 550;
  out->target_5_s = time_per_call (target_5, &b, 10);
  /* four scenarios: day rates and days apart, the last with a current offer */
  for (int k = 0; k < PS_MAX_SCENARIOS; k++)
    {
      ps_scenario_file_init (&files[k], params);
      files[k].scenario = *scenario;
      files[k].scenario.tjm = 450 + 150 * k;
      files[k].scenario.days_per_year = 180 + 10 * k;
    }
  ps_scenario_file_add_offer (&files[3], &b.offers[4]);
  files[3].current_offer = 0;
  out->scenarios_4_s = time_per_call (scenarios_4, &b, 300);
  out->offer_sweep_s = time_per_call (offer_sweep, &b, 30);
  out->offer_statuses_sweep_s = time_per_call (offer_statuses_sweep, &b, 3);
  if (path != NULL)
    {
      out->export_s = time_per_call (export_xlsx, &b, 3);
      ps_file_remove_tree (dir);
    }
  if (getrusage (RUSAGE_SELF, &usage) == 0)
    out->peak_rss_mb = usage.ru_maxrss / 1024.0;
  return b.sink != 0;
}

/* portage-cli bench: the measures above, as a table or JSON */
int
ps_cli_cmd_bench (const Options *o,
           GError       **error)
{
  g_auto (Context) c = { 0 };
  PsScenario s;
  PsBenchResult b;

  if (!ps_cli_context_init (&c, o, error))
    return PS_CLI_BAD_INPUT;
  ps_scenario_init (&s, c.params);
  if (!ps_cli_bench_run (c.params, c.rates, &s, &b))
    return PS_CLI_INTERNAL;

  if (o->json)
    {
      g_autoptr (cJSON) obj = cJSON_CreateObject ();

      cJSON_AddNumberToObject (obj, "salary_evals_per_s", round (1 / b.salary_eval_s));
      cJSON_AddNumberToObject (obj, "salary_eval_us", ps_round_to (b.salary_eval_s * 1e6, 3));
      cJSON_AddNumberToObject (obj, "portage_solves_per_s", round (1 / b.portage_solve_s));
      cJSON_AddNumberToObject (obj, "comparisons_per_s", round (1 / b.comparison_s));
      cJSON_AddNumberToObject (obj, "comparison_us", ps_round_to (b.comparison_s * 1e6, 2));
      cJSON_AddNumberToObject (obj, "sweep_200_ms", ps_round_to (b.sweep_200_s * 1e3, 3));
      cJSON_AddNumberToObject (obj, "tns_csm_us", ps_round_to (b.tns_s * 1e6, 3));
      cJSON_AddNumberToObject (obj, "projection_5y_us", ps_round_to (b.projection_5y_s * 1e6, 1));
      cJSON_AddNumberToObject (obj, "cashflow_us", ps_round_to (b.cashflow_s * 1e6, 3));
      cJSON_AddNumberToObject (obj, "money_split_us", ps_round_to (b.money_split_s * 1e6, 3));
      cJSON_AddNumberToObject (obj, "status_flow_us", ps_round_to (b.status_flow_s * 1e6, 3));
      cJSON_AddNumberToObject (obj, "line_rates_us", ps_round_to (b.line_rates_s * 1e6, 2));
      cJSON_AddNumberToObject (obj, "glossary_us", ps_round_to (b.glossary_s * 1e6, 1));
      cJSON_AddNumberToObject (obj, "rights_us", ps_round_to (b.rights_s * 1e6, 3));
      cJSON_AddNumberToObject (obj, "offers_6_us", ps_round_to (b.offers_6_s * 1e6, 1));
      cJSON_AddNumberToObject (obj, "target_5_us", ps_round_to (b.target_5_s * 1e6, 0));
      cJSON_AddNumberToObject (obj, "tips_plan_ms", ps_round_to (b.tips_plan_s * 1e3, 3));
      cJSON_AddNumberToObject (obj, "scenarios_4_us", ps_round_to (b.scenarios_4_s * 1e6, 1));
      cJSON_AddNumberToObject (obj, "rights_figures_us", ps_round_to (b.rights_figures_s * 1e6, 2));
      cJSON_AddNumberToObject (obj, "year_sweep_121_ms", ps_round_to (b.year_sweep_s * 1e3, 3));
      cJSON_AddNumberToObject (obj, "year_sick_us", ps_round_to (b.year_sick_s * 1e6, 3));
      cJSON_AddNumberToObject (obj, "offer_sweep_121_us", ps_round_to (b.offer_sweep_s * 1e6, 1));
      cJSON_AddNumberToObject (obj, "offer_statuses_sweep_121_ms", ps_round_to (b.offer_statuses_sweep_s * 1e3, 3));
      cJSON_AddNumberToObject (obj, "export_ms", ps_round_to (b.export_s * 1e3, 2));
      cJSON_AddNumberToObject (obj, "peak_rss_mb", ps_round_to (b.peak_rss_mb, 1));
      ps_cli_print_json (obj);
      return PS_CLI_OK;
    }
  g_print (_("Salary evaluations: %.0f per second (%.3f µs each)\n"), 1 / b.salary_eval_s, b.salary_eval_s * 1e6);
  g_print (_("Portage solves: %.0f per second\n"), 1 / b.portage_solve_s);
  g_print (_("Full comparisons: %.0f per second (%.1f µs each)\n"), 1 / b.comparison_s, b.comparison_s * 1e6);
  g_print (_("200-point sweep: %.2f ms\n"), b.sweep_200_s * 1e3);
  g_print (_("Five-year projection of every status: %.1f µs\n"), b.projection_5y_s * 1e6);
  g_print (_("The first year month by month, five statuses: %.3f µs\n"), b.cashflow_s * 1e6);
  g_print (_("Where the money goes, five statuses: %.3f µs\n"), b.money_split_s * 1e6);
  g_print (_("Flows from the revenue to the net, five statuses: %.3f µs\n"), b.status_flow_s * 1e6);
  g_print (_("The rates beside every breakdown line, five statuses: %.2f µs\n"), b.line_rates_s * 1e6);
  g_print (_("The glossary read, ten terms looked up: %.1f µs\n"), b.glossary_s * 1e6);
  g_print (_("Protection of the five statuses: %.3f µs\n"), b.rights_s * 1e6);
  g_print (_("Six portage offers compared: %.1f µs\n"), b.offers_6_s * 1e6);
  g_print (_("Day rate for a net wanted, five statuses: %.0f µs\n"), b.target_5_s * 1e6);
  g_print (_("Tips of every status and the combined plan: %.2f ms\n"), b.tips_plan_s * 1e3);
  g_print (_("Four scenarios side by side: %.1f µs\n"), b.scenarios_4_s * 1e6);
  g_print (_("Protection figures of one status, with their rules: %.1f µs\n"), b.rights_figures_s * 1e6);
  g_print (_("121-point sweep over a realistic year: %.2f ms\n"), b.year_sweep_s * 1e3);
  g_print (_("Sick pay of the five statuses over a realistic year: %.3f µs\n"), b.year_sick_s * 1e6);
  g_print (_("An offer’s 121-point curve: %.1f µs\n"), b.offer_sweep_s * 1e6);
  g_print (_("Every status’s 121-point curve with an offer current: %.2f ms\n"), b.offer_statuses_sweep_s * 1e3);
  g_print (_("Excel export: %.1f ms\n"), b.export_s * 1e3);
  g_print (_("Peak memory: %.1f MB\n"), b.peak_rss_mb);
  return PS_CLI_OK;
}
