/* SPDX-License-Identifier: GPL-3.0-or-later */
#pragma once

#include <glib.h>

#include "ps-comparison.h"

G_BEGIN_DECLS

/* Medians of repeated runs, in seconds per call. */
typedef struct
{
  double salary_eval_s;     /* gross → every line, net, cost */
  double portage_solve_s;   /* TJM → net, with the inverse solver */
  double comparison_s;      /* every status, with the solvers and the SASU/EURL splits */
  double sweep_200_s;       /* the 200-point sweep that feeds the chart */
  double tns_s;             /* one TNS computation (every line) and one CSM */
  double projection_5y_s;   /* five years of every status (ps-projection) and the
                             * first year's twelve months (ps-cashflow) */
  double cashflow_s;        /* the twelve months of the five statuses, from a comparison */
  double rights_s;          /* the rights of the five statuses, from a comparison */
  double offers_6_s;        /* six portage offers compared on one day rate (ps-offer) */
  double target_5_s;        /* the day rate for a net wanted, five statuses (ps-breakeven) */
  double tips_plan_s;       /* every status's tips and portage's combined plan (the
                             * window's, on every keystroke) */
  double scenarios_4_s;     /* four scenarios side by side (ps-scenarios) */
  double rights_figures_s;  /* the breakdown's protection figures of one status, with their rules and sources */
  double money_split_s;     /* where the money goes, the five statuses (ps-money-split) */
  double status_flow_s;     /* the five statuses' flows to the net (ps-status-flow) */
  double line_rates_s;      /* the rates beside every breakdown line (ps-line-rate) */
  double glossary_s;        /* the glossary read and ten terms looked up (ps-glossary) */
  double year_sweep_s;      /* the chart's 121-point sweep over a realistic year (ps-year) */
  double year_sick_s;       /* the sick days' pay of the five statuses over a realistic year (ps-year-sick) */
  double offer_sweep_s;     /* the current offer's 121-point curve of the window's chart (ps-offer-edit) */
  double offer_statuses_sweep_s; /* every status's 121-point curve with an offer current (ps-offer-edit) */
  double export_s;          /* the xlsx workbook, written to a temporary file */
  double peak_rss_mb;
} PsBenchResult;

gboolean ps_cli_bench_run (const PsParams   *params,
                           PsRates          *rates,
                           const PsScenario *scenario,
                           PsBenchResult    *out);

/* One call of each measure instead of thousands (for the fuzzer). */
void     ps_cli_bench_set_quick (gboolean          enabled);

G_END_DECLS
