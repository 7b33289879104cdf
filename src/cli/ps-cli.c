/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ps-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "ps-cli.h"
#include "ps-cli-private.h"
#include "ps-file.h"
#include "ps-cli-bench.h"
#include "ps-breakeven.h"
#include "ps-comparison.h"
#include "ps-tips.h"
#include "ps-date.h"
#include "ps-error.h"
#include "ps-inputs.h"
#include "ps-json.h"
#include "ps-money.h"
#include "ps-portage.h"
#include "ps-rates.h"
#include "ps-scenario.h"
#include "ps-xlsx-export.h"

static void
options_clear (Options *o)
{
  char **strings[] = {
    &o->gross_monthly, &o->tjm, &o->days_per_month, &o->days_per_year, &o->fee_pct,
    &o->fee_model, &o->fee_cap_monthly, &o->fee_flat_monthly, &o->expenses_monthly,
    &o->level, &o->cdi_gross_yearly, &o->esn_margin_pct, &o->date, &o->rates_file,
    &o->headcount, &o->atmp_pct, &o->vm_pct, &o->mutuelle_monthly,
    &o->mutuelle_employer_pct, &o->tax, &o->parts, &o->target_net_monthly,
    &o->mileage_km_yearly, &o->revenue_yearly, &o->employer_cost_yearly, &o->dividends_yearly,
    &o->remuneration_yearly, &o->tax_regime, &o->sasu_salary_yearly, &o->eurl_remuneration_yearly,
    &o->running_costs_yearly, &o->health_budget_yearly, &o->scenario_file, &o->tjm_from, &o->tjm_to, &o->step,
    &o->argument,
  };

  for (guint i = 0; i < G_N_ELEMENTS (strings); i++)
    g_clear_pointer (strings[i], g_free);
  g_clear_pointer (&o->output, g_free);
  g_clear_pointer (&o->contract, g_free);
  g_clear_pointer (&o->telework_days, g_free);
  g_clear_pointer (&o->vm_city, g_free);
  g_clear_pointer (&o->years, g_free);
  g_clear_pointer (&o->offer_files, g_strfreev);
  g_clear_pointer (&o->scenario_files, g_strfreev);
  for (guint i = 0; i < G_N_ELEMENTS (o->quote); i++)
    g_clear_pointer (&o->quote[i], g_free);
  g_clear_pointer (&o->tjm_growth_pct, g_free);
  g_clear_pointer (&o->indexation_pct, g_free);
  g_clear_pointer (&o->mission_months, g_free);
  g_clear_pointer (&o->cfe_rate_pct, g_free);
  g_clear_pointer (&o->cfe_base, g_free);
}

void
ps_cli_context_clear (Context *c)
{
  g_clear_pointer (&c->rates, ps_rates_unref);
}

/* ------------------------------------------------------------ main */

typedef struct
{
  const char *name;
  const char *summary;
  int (*run) (const Options *, GError **);
  guint groups;
  const GOptionEntry *(*entries) (void);   /* a command's own options */
  void (*clear) (void);
} Command;

enum { G_SALARY = 1, G_PORTAGE = 2, G_COMPARE = 4, G_MICRO = 8, G_SASU = 16, G_EURL = 32, G_SWEEP = 64, G_STATUSES = 128, G_OUTPUT = 256, G_PROJECT = 512, G_OFFERS = 1024, G_QUOTE = 2048,
       G_ARGUMENT = 4096 /* one argument after the options: glossary's TERM */ };

static const Command commands[] = {
  { "salary", N_("Payslip of a monthly gross salary: every contribution, net, cost, income tax"), ps_cli_cmd_salary, G_SALARY },
  { "portage", N_("Portage salarial: from a day rate to the net salary, line by line"), ps_cli_cmd_portage, G_PORTAGE },
  { "micro", N_("Micro-entreprise (BNC): contributions, income tax, net"), ps_cli_cmd_micro, G_MICRO },
  { "sasu", N_("SASU: the président’s salary, and dividends"), ps_cli_cmd_sasu, G_SASU },
  { "eurl", N_("EURL: the gérant’s TNS contributions, at the IS or the income tax"), ps_cli_cmd_eurl, G_EURL },
  { "compare", N_("Every status on the same yearly basis: portage, CDI, micro, SASU, EURL"), ps_cli_cmd_compare, G_PORTAGE | G_COMPARE | G_STATUSES,
    ps_cli_compare_entries, ps_cli_compare_clear },
  { "breakeven", N_("Day rates at which the statuses leave the same net, and for a target net"), ps_cli_cmd_breakeven, G_PORTAGE | G_COMPARE | G_STATUSES },
  { "tips", N_("Optimisation tips, each with its gain computed by the engine"), ps_cli_cmd_tips, G_PORTAGE | G_COMPARE | G_STATUSES },
  { "sweep", N_("Net after tax of every status for a range of day rates (CSV or JSON)"), ps_cli_cmd_sweep, G_PORTAGE | G_COMPARE | G_STATUSES | G_SWEEP },
  { "rights", N_("What each status protects: pension quarters and points, unemployment, sick pay"), ps_cli_rights_run, G_PORTAGE | G_COMPARE | G_STATUSES },
  { "year", N_("A realistic year: holidays, gaps between missions, sick days; the net per day worked"), ps_cli_year_run, G_PORTAGE | G_COMPARE | G_STATUSES,
    ps_cli_year_entries, ps_cli_year_clear },
  { "project", N_("The years ahead per status: ACRE, the micro ceiling, provisional contributions, dividends and the réserve when they are paid"), ps_cli_cmd_project, G_PORTAGE | G_COMPARE | G_STATUSES | G_PROJECT },
  { "cashflow", N_("The first year month by month: when each status’s cash comes in and goes out"), ps_cli_cashflow_run, G_PORTAGE | G_COMPARE | G_STATUSES,
    ps_cli_cashflow_entries, ps_cli_cashflow_clear },
  { "offers", N_("Portage offers side by side on the same day rate (--offer FILE, 1 to 6)"), ps_cli_cmd_offers, G_PORTAGE | G_COMPARE | G_STATUSES | G_OFFERS },
  { "check-quote", N_("A portage firm’s quote for a month, recomputed by the law line by line, and what it doesn’t explain"), ps_cli_cmd_check_quote, G_PORTAGE | G_QUOTE },
  { "rates", N_("The rates in force on a date, with their sources"), ps_cli_cmd_rates, 0 },
  { "glossary", N_("What the terms mean (TJM, IAA, RGDU, PFU…), with their legal source; give a TERM for one"), ps_cli_cmd_glossary, G_ARGUMENT },
  { "bench", N_("Measure the engine’s speed"), ps_cli_cmd_bench, 0 },
  { "export", N_("The comparison as an Excel workbook with live formulas (-o FILE.xlsx), or as CSV or JSON"), ps_cli_cmd_export, G_PORTAGE | G_COMPARE | G_STATUSES | G_OUTPUT | G_QUOTE,
    ps_cli_export_entries, ps_cli_export_clear },
};

/* the shared options, and the command's own */
static void
clear_options (Options       *o,
               const Command *cmd)
{
  options_clear (o);
  if (cmd->clear != NULL)
    cmd->clear ();
}

static void
usage (FILE *out)
{
  fprintf (out, "%s\n", _("Usage: portage-cli COMMAND [OPTIONS]"));
  fprintf (out, "\n%s\n", _("Commands:"));
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    fprintf (out, "  %-12s %s\n", commands[i].name, _(commands[i].summary));
  fprintf (out, "\n%s\n", _("Run “portage-cli COMMAND --help” for the options of a command."));
}

static void
add_entries (GOptionContext *ctx,
             GPtrArray      *added,
             GOptionEntry   *entries)
{
  g_option_context_add_main_entries (ctx, entries, GETTEXT_PACKAGE);
  g_ptr_array_add (added, entries);
}

static const GOptionEntry *
find_entry (GPtrArray  *added,
            const char *long_name)
{
  for (guint g = 0; g < added->len; g++)
    for (const GOptionEntry *e = g_ptr_array_index (added, g); e->long_name != NULL; e++)
      if (g_str_equal (e->long_name, long_name))
        return e;
  return NULL;
}

int
ps_cli_run (int    argc,
            char **argv)
{
  g_autoptr (GOptionContext) ctx = NULL;
  g_autoptr (GPtrArray) added = NULL;
  g_autoptr (GError) error = NULL;
  g_auto (GStrv) args = NULL;
  const Command *cmd = NULL;
  Options o = { 0 };
  int status;

  GOptionEntry common[] = {
    { "date", 0, 0, G_OPTION_ARG_FILENAME, &o.date, N_("Simulation date (default: today, within the rates files)"), "YYYY-MM-DD" },
    { "rates", 0, 0, G_OPTION_ARG_FILENAME, &o.rates_file, N_("Read the rates from this JSON file"), "FILE" },
    { "non-cadre", 0, 0, G_OPTION_ARG_NONE, &o.non_cadre, N_("Employee is not a cadre"), NULL },
    { "headcount", 0, 0, G_OPTION_ARG_FILENAME, &o.headcount, N_("Employer headcount (default 250)"), "N" },
    { "atmp-pct", 0, 0, G_OPTION_ARG_FILENAME, &o.atmp_pct, N_("AT/MP rate in % (default 0.64)"), "R" },
    { "vm-city", 0, 0, G_OPTION_ARG_FILENAME, &o.vm_city, N_("The portage firm’s city, for its versement mobilité: paris, lyon, marseille, bordeaux, lille, nice, rennes, strasbourg or none"), "CITY" },
    { "vm-pct", 0, 0, G_OPTION_ARG_FILENAME, &o.vm_pct, N_("Versement mobilité rate in % (default 0)"), "R" },
    { "mutuelle-monthly", 0, 0, G_OPTION_ARG_FILENAME, &o.mutuelle_monthly, N_("Health insurance premium per month (default 40)"), "M" },
    { "mutuelle-employer-pct", 0, 0, G_OPTION_ARG_FILENAME, &o.mutuelle_employer_pct, N_("Employer share of it in % (default 50)"), "P" },
    { "tax", 0, 0, G_OPTION_ARG_FILENAME, &o.tax, N_("Income tax: bareme (default), neutral, or a personal rate in %"), "METHOD" },
    { "parts", 0, 0, G_OPTION_ARG_FILENAME, &o.parts, N_("Household parts for the scale (default 1; 2 or more = couple)"), "N" },
    { "json", 0, 0, G_OPTION_ARG_NONE, &o.json, N_("Print JSON"), NULL },
    { NULL }
  };
  GOptionEntry salary[] = {
    { "gross-monthly", 0, 0, G_OPTION_ARG_FILENAME, &o.gross_monthly, N_("Gross salary per month"), "G" },
    { NULL }
  };
  GOptionEntry portage[] = {
    { "tjm", 0, 0, G_OPTION_ARG_FILENAME, &o.tjm, N_("Day rate excl. VAT"), "T" },
    { "days-per-month", 0, 0, G_OPTION_ARG_FILENAME, &o.days_per_month, N_("Days billed per month"), "D" },
    { "days-per-year", 0, 0, G_OPTION_ARG_FILENAME, &o.days_per_year, N_("Days billed per year"), "D" },
    { "fee-pct", 0, 0, G_OPTION_ARG_FILENAME, &o.fee_pct, N_("Management fee in % (default 7)"), "F" },
    { "fee-model", 0, 0, G_OPTION_ARG_FILENAME, &o.fee_model, N_("percent (of revenue), percent-net (of revenue − expenses) or flat"), "MODEL" },
    { "fee-cap-monthly", 0, 0, G_OPTION_ARG_FILENAME, &o.fee_cap_monthly, N_("Monthly cap of a percent fee"), "C" },
    { "fee-flat-monthly", 0, 0, G_OPTION_ARG_FILENAME, &o.fee_flat_monthly, N_("Flat fee per month"), "F" },
    { "expenses-monthly", 0, 0, G_OPTION_ARG_FILENAME, &o.expenses_monthly, N_("Reimbursed professional expenses per month"), "E" },
    { "level", 0, 0, G_OPTION_ARG_FILENAME, &o.level, N_("Convention level: first, junior, senior (default), expert"), "LEVEL" },
    /* xgettext:no-c-format */
    { "no-reserve", 0, 0, G_OPTION_ARG_NONE, &o.no_reserve, N_("No réserve financière (10% of base pay)"), NULL },
    /* xgettext:no-c-format */
    { "contract", 0, 0, G_OPTION_ARG_FILENAME, &o.contract, N_("cdi (default: the réserve, 10% of the base pay) or cdd (the end-of-contract indemnity, 10% of the gross)"), "cdi|cdd" },
    { NULL }
  };
  GOptionEntry micro[] = {
    { "revenue-yearly", 0, 0, G_OPTION_ARG_FILENAME, &o.revenue_yearly, N_("Revenue per year (chiffre d’affaires)"), "R" },
    { NULL }
  };
  GOptionEntry micro_flags[] = {
    { "vl", 0, 0, G_OPTION_ARG_NONE, &o.vl, N_("Micro: versement libératoire of the income tax"), NULL },
    { "acre", 0, 0, G_OPTION_ARG_NONE, &o.acre, N_("Micro: ACRE, reduced contributions the first year"), NULL },
    { NULL }
  };
  GOptionEntry sasu[] = {
    { "employer-cost-yearly", 0, 0, G_OPTION_ARG_FILENAME, &o.employer_cost_yearly, N_("The président’s salary, employer cost per year"), "C" },
    { "dividends-yearly", 0, 0, G_OPTION_ARG_FILENAME, &o.dividends_yearly, N_("Dividends distributed per year"), "V" },
    { NULL }
  };
  GOptionEntry dividends[] = {
    /* xgettext:no-c-format */
    { "dividends-bareme", 0, 0, G_OPTION_ARG_NONE, &o.dividends_bareme, N_("Dividends at the income-tax scale (40% abatement) instead of the PFU"), NULL },
    /* xgettext:no-c-format */
    { "csm-exempt", 0, 0, G_OPTION_ARG_NONE, &o.csm_exempt, N_("No cotisation subsidiaire maladie: the spouse has activity income of 20% of the PASS or more, or a replacement income"), NULL },
    { NULL }
  };
  GOptionEntry eurl[] = {
    { "remuneration-yearly", 0, 0, G_OPTION_ARG_FILENAME, &o.remuneration_yearly, N_("The gérant’s remuneration per year (net + contributions), or the profit at the IR"), "R" },
    { "tax-regime", 0, 0, G_OPTION_ARG_FILENAME, &o.tax_regime, N_("is (corporate tax, default) or ir (income tax)"), "is|ir" },
    { NULL }
  };
  GOptionEntry statuses[] = {
    { "sasu-salary-yearly", 0, 0, G_OPTION_ARG_FILENAME, &o.sasu_salary_yearly, N_("SASU: the salary’s employer cost per year (default: the best split)"), "C" },
    { "eurl-remuneration-yearly", 0, 0, G_OPTION_ARG_FILENAME, &o.eurl_remuneration_yearly, N_("EURL: the remuneration per year (default: the best split)"), "R" },
    { "eurl-ir", 0, 0, G_OPTION_ARG_NONE, &o.eurl_ir, N_("EURL at the income tax instead of the IS"), NULL },
    { "running-costs-yearly", 0, 0, G_OPTION_ARG_FILENAME, &o.running_costs_yearly, N_("SASU and EURL running costs per year (default 3 000)"), "C" },
    { NULL }
  };
  GOptionEntry health[] = {
    { "health-budget-yearly", 0, 0, G_OPTION_ARG_FILENAME, &o.health_budget_yearly, N_("Micro, SASU and EURL: health cover and prévoyance per year, paid from the net, Madelin-deductible in the EURL (compare: default what portage’s payslip spends on them; micro, sasu, eurl: default 0)"), "H" },
    { NULL }
  };
  GOptionEntry sweep[] = {
    { "tjm-from", 0, 0, G_OPTION_ARG_FILENAME, &o.tjm_from, N_("First day rate"), "A" },
    { "tjm-to", 0, 0, G_OPTION_ARG_FILENAME, &o.tjm_to, N_("Last day rate"), "B" },
    { "step", 0, 0, G_OPTION_ARG_FILENAME, &o.step, N_("Step between day rates (at most 10 000 rows)"), "S" },
    { "csv", 0, 0, G_OPTION_ARG_NONE, &o.csv, N_("Print CSV (the default)"), NULL },
    { NULL }
  };
  GOptionEntry project[] = {
    { "years", 0, 0, G_OPTION_ARG_FILENAME, &o.years, N_("Years to project, 1 to 5 (default 3)"), "N" },
    { "tjm-growth-pct", 0, 0, G_OPTION_ARG_FILENAME, &o.tjm_growth_pct, N_("Growth of the day rate a year, in percent (default 0)"), "G" },
    { "indexation-pct", 0, 0, G_OPTION_ARG_FILENAME, &o.indexation_pct, N_("Indexation of the parameters after the last rates file, in percent a year (default: the last change of the PASS)"), "I" },
    { "mission-months", 0, 0, G_OPTION_ARG_FILENAME, &o.mission_months, N_("Portage: length of a mission, whose end pays the réserve (default 12)"), "M" },
    { "cfe-rate-pct", 0, 0, G_OPTION_ARG_FILENAME, &o.cfe_rate_pct, N_("CFE: the commune’s rate in percent (default: the national average, 26.5)"), "R" },
    { "cfe-base", 0, 0, G_OPTION_ARG_FILENAME, &o.cfe_base, N_("CFE: the commune’s minimum base in euros (default: the top of the revenue’s band)"), "B" },
    { "csv", 0, 0, G_OPTION_ARG_NONE, &o.csv, N_("Print CSV"), NULL },
    { NULL }
  };
  GOptionEntry offers[] = {
    { "offer", 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &o.offer_files, N_("An offer file (JSON; see data/offers); give 1 to 6"), "FILE" },
    { "csv", 0, 0, G_OPTION_ARG_NONE, &o.csv, N_("Print CSV"), NULL },
    { NULL }
  };
  GOptionEntry quote[] = {
    { "quote-revenue", 0, 0, G_OPTION_ARG_FILENAME, &o.quote[0], N_("The quote’s revenue for the month (default: --tjm × --days-per-month)"), "R" },
    { "quote-fee", 0, 0, G_OPTION_ARG_FILENAME, &o.quote[1], N_("The quote’s management fee"), "F" },
    { "quote-extras", 0, 0, G_OPTION_ARG_FILENAME, &o.quote[2], N_("The quote’s other charges (insurance, frais annexes)"), "E" },
    { "quote-employer", 0, 0, G_OPTION_ARG_FILENAME, &o.quote[3], N_("The quote’s employer contributions"), "C" },
    { "quote-gross", 0, 0, G_OPTION_ARG_FILENAME, &o.quote[4], N_("The quote’s gross salary"), "G" },
    { "quote-employee", 0, 0, G_OPTION_ARG_FILENAME, &o.quote[5], N_("The quote’s employee contributions"), "C" },
    { "quote-net", 0, 0, G_OPTION_ARG_FILENAME, &o.quote[6], N_("The quote’s net before income tax"), "N" },
    { "quote-net-after-tax", 0, 0, G_OPTION_ARG_FILENAME, &o.quote[7], N_("The quote’s net after income tax"), "N" },
    { NULL }
  };
  GOptionEntry compare[] = {
    { "cdi-gross-yearly", 0, 0, G_OPTION_ARG_FILENAME, &o.cdi_gross_yearly, N_("CDI offer, gross per year (default: what an ESN would pay)"), "S" },
    { "esn-margin-pct", 0, 0, G_OPTION_ARG_FILENAME, &o.esn_margin_pct, N_("ESN gross margin on billing in % (default 30)"), "M" },
    { "scenario", 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &o.scenario_files, N_("Read the inputs from a scenario file (the options given win); compare and export take 2 to 4 side by side"), "FILE" },
    { "mileage-km-yearly", 0, 0, G_OPTION_ARG_FILENAME, &o.mileage_km_yearly, N_("Business kilometres a year with your own car (default 0)"), "KM" },
    { "target-net-monthly", 0, 0, G_OPTION_ARG_FILENAME, &o.target_net_monthly, N_("breakeven: the net after tax a month to reach in portage"), "N" },
    { "telework-days-per-week", 0, 0, G_OPTION_ARG_FILENAME, &o.telework_days, N_("tips: of the days billed, how many a week are worked from home (0 to 5, default 2)"), "D" },
    { "acre-eligible", 0, 0, G_OPTION_ARG_NONE, &o.acre_eligible, N_("tips: you meet the ACRE conditions (2026: unemployed, under 26, business in a priority area…)"), NULL },
    { "reserve-as-cash-only", 0, 0, G_OPTION_ARG_NONE, &o.reserve_cash_only, N_("Leave portage’s réserve out of the yearly net (it is paid at the end of the mission; counted by default)"), NULL },
    { NULL }
  };
  GOptionEntry output[] = {
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &o.output, N_("Write to FILE: .xlsx (default), .csv or .json"), "FILE" },
    { "csv", 0, 0, G_OPTION_ARG_NONE, &o.csv, N_("The comparison as CSV (to FILE, or printed)"), NULL },
    { NULL }
  };

  if (argc < 2 || g_str_equal (argv[1], "--help") || g_str_equal (argv[1], "-h") || g_str_equal (argv[1], "help"))
    {
      usage (argc < 2 ? stderr : stdout);
      return argc < 2 ? PS_CLI_BAD_INPUT : PS_CLI_OK;
    }
  if (g_str_equal (argv[1], "--version"))
    {
      g_print ("portage-cli %s\n", PACKAGE_VERSION);
      return PS_CLI_OK;
    }
  for (guint i = 0; i < G_N_ELEMENTS (commands); i++)
    if (g_str_equal (argv[1], commands[i].name))
      cmd = &commands[i];
  if (cmd == NULL)
    {
      g_printerr (_("portage-cli: unknown command “%s”\n"), argv[1]);
      usage (stderr);
      return PS_CLI_BAD_INPUT;
    }

  added = g_ptr_array_new ();
  /* Translators: the usage of “portage-cli glossary”: TERM is a placeholder */
  ctx = g_option_context_new ((cmd->groups & G_ARGUMENT) ? _("glossary [TERM]") : cmd->name);
  g_option_context_set_translation_domain (ctx, GETTEXT_PACKAGE);
  g_option_context_set_summary (ctx, _(cmd->summary));
  add_entries (ctx, added, common);
  if (cmd->groups & G_SALARY)
    add_entries (ctx, added, salary);
  if (cmd->groups & G_SWEEP)
    add_entries (ctx, added, sweep);
  if (cmd->groups & G_PORTAGE)
    add_entries (ctx, added, portage);
  if (cmd->groups & G_COMPARE)
    add_entries (ctx, added, compare);
  if (cmd->groups & G_MICRO)
    add_entries (ctx, added, micro);
  if (cmd->groups & (G_MICRO | G_STATUSES))
    add_entries (ctx, added, micro_flags);
  if (cmd->groups & G_SASU)
    add_entries (ctx, added, sasu);
  if (cmd->groups & (G_SASU | G_STATUSES))
    add_entries (ctx, added, dividends);
  if (cmd->groups & G_EURL)
    add_entries (ctx, added, eurl);
  if (cmd->groups & G_STATUSES)
    add_entries (ctx, added, statuses);
  if (cmd->groups & (G_MICRO | G_SASU | G_EURL | G_STATUSES))
    add_entries (ctx, added, health);
  if (cmd->groups & G_QUOTE)
    add_entries (ctx, added, quote);
  if (cmd->groups & G_OFFERS)
    add_entries (ctx, added, offers);
  if (cmd->groups & G_PROJECT)
    add_entries (ctx, added, project);
  if (cmd->groups & G_OUTPUT)
    add_entries (ctx, added, output);
  if (cmd->entries != NULL)
    add_entries (ctx, added, (GOptionEntry *) cmd->entries ());

  /* a flag takes no value: "--vl=false" must not switch it on */
  for (int i = 2; i < argc; i++)
    {
      const char *eq = argv[i][0] == '-' && argv[i][1] == '-' ? strchr (argv[i], '=') : NULL;
      g_autofree char *name = eq != NULL ? g_strndup (argv[i] + 2, (gsize) (eq - argv[i] - 2)) : NULL;
      const GOptionEntry *e = name != NULL ? find_entry (added, name) : NULL;

      if (g_str_equal (argv[i], "--"))
        break;
      if (e != NULL && e->arg == G_OPTION_ARG_NONE)
        {
          g_printerr (_("portage-cli %s: --%s takes no value (remove “%s”)\n"), cmd->name, name, eq);
          clear_options (&o, cmd);
          return PS_CLI_BAD_INPUT;
        }
    }

  args = g_new0 (char *, argc);
  args[0] = g_strdup ("portage-cli");
  for (int i = 2; i < argc; i++)
    args[i - 1] = g_strdup (argv[i]);
  if (!g_option_context_parse_strv (ctx, &args, &error))
    {
      g_printerr ("portage-cli %s: %s\n", cmd->name, error->message);
      clear_options (&o, cmd);
      return PS_CLI_BAD_INPUT;
    }
  if ((cmd->groups & G_ARGUMENT) && g_strv_length (args) == 2)
    o.argument = g_utf8_make_valid (args[1], -1);
  else if (g_strv_length (args) > 1)
    {
      g_autofree char *shown = g_utf8_make_valid (args[(cmd->groups & G_ARGUMENT) ? 2 : 1], -1);

      g_printerr (_("portage-cli %s: unexpected argument “%s”\n"), cmd->name, shown);
      clear_options (&o, cmd);
      return PS_CLI_BAD_INPUT;
    }
  /* values are read as bytes (no conversion from the locale's charset,
   * whose errors name no option): text must be UTF-8 */
  for (guint g = 0; g < added->len; g++)
    for (const GOptionEntry *e = g_ptr_array_index (added, g); e->long_name != NULL; e++)
      if (e->arg == G_OPTION_ARG_FILENAME && e->arg_data != NULL && *(char **) e->arg_data != NULL
          && !g_utf8_validate (*(char **) e->arg_data, -1, NULL)
          && !g_str_equal (e->long_name, "rates") && !g_str_equal (e->long_name, "scenario")
          && !g_str_equal (e->long_name, "output"))
        {
          g_printerr (_("portage-cli %s: --%s: the value is not valid UTF-8 text\n"), cmd->name, e->long_name);
          clear_options (&o, cmd);
          return PS_CLI_BAD_INPUT;
        }

  if (o.scenario_files != NULL && o.scenario_files[0] != NULL)
    {
      if (o.scenario_files[1] != NULL && cmd->run != ps_cli_cmd_compare && cmd->run != ps_cli_cmd_export)
        {
          g_printerr (_("portage-cli %s: --scenario: give one scenario file (compare and export take several)\n"), cmd->name);
          clear_options (&o, cmd);
          return PS_CLI_BAD_INPUT;
        }
      o.scenario_file = g_strdup (o.scenario_files[0]);
    }

  if (o.target_net_monthly != NULL && cmd->run != ps_cli_cmd_breakeven)
    {
      g_printerr (_("portage-cli %s: --target-net-monthly is only used by breakeven\n"), cmd->name);
      clear_options (&o, cmd);
      return PS_CLI_BAD_INPUT;
    }

  /* an employer's payroll options describe nobody's payslip in a
   * micro-entreprise or an EURL (the gérant is TNS): refused, not ignored */
  if (cmd->groups == G_MICRO || cmd->groups == G_EURL)
    {
      const struct { const char *name; gboolean given; } payroll[] = {
        { "non-cadre", o.non_cadre },
        { "headcount", o.headcount != NULL },
        { "atmp-pct", o.atmp_pct != NULL },
        { "vm-city", o.vm_city != NULL },
        { "vm-pct", o.vm_pct != NULL },
        { "mutuelle-monthly", o.mutuelle_monthly != NULL },
        { "mutuelle-employer-pct", o.mutuelle_employer_pct != NULL },
      };

      for (guint i = 0; i < G_N_ELEMENTS (payroll); i++)
        if (payroll[i].given)
          {
            g_printerr (cmd->groups == G_MICRO
                        ? _("portage-cli %s: --%s describes an employer’s payroll; a micro-entreprise has none\n")
                        : _("portage-cli %s: --%s describes an employer’s payroll; an EURL’s gérant is not on one\n"),
                        cmd->name, payroll[i].name);
            clear_options (&o, cmd);
            return PS_CLI_BAD_INPUT;
          }
    }

  status = cmd->run (&o, &error);
  if (error != NULL)
    {
      g_printerr ("portage-cli %s: %s\n", cmd->name, error->message);
      if (status == PS_CLI_OK)
        status = PS_CLI_INTERNAL;
    }
  clear_options (&o, cmd);
  return status;
}
