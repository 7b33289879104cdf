/* SPDX-License-Identifier: GPL-3.0-or-later */
/* portage-cli cashflow: the first year month by month (ps-cashflow). */
#define G_LOG_DOMAIN "ps-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "ps-cashflow.h"
#include "ps-cli.h"
#include "ps-cli-private.h"
#include "ps-error.h"
#include "ps-json.h"
#include "ps-money.h"

static struct
{
  char    *payment_days;
  char    *mission_months;
  gboolean salary_advance;
  gboolean micro_quarterly;
  gboolean csv;
} cash_options;

const GOptionEntry *
ps_cli_cashflow_entries (void)
{
  static const GOptionEntry entries[] = {
    { "payment-days", 0, 0, G_OPTION_ARG_FILENAME, &cash_options.payment_days, N_("Days the clients take to pay an invoice, 0 to 120 (default 30)"), "N" },
    { "salary-advance", 0, 0, G_OPTION_ARG_NONE, &cash_options.salary_advance, N_("Portage: the firm pays the salary at the end of the month worked, before the client pays"), NULL },
    { "micro-quarterly", 0, 0, G_OPTION_ARG_NONE, &cash_options.micro_quarterly, N_("Micro: declare and pay the contributions each quarter (monthly by default)"), NULL },
    { "mission-months", 0, 0, G_OPTION_ARG_FILENAME, &cash_options.mission_months, N_("Portage: length of a mission, whose end pays the réserve (default 12)"), "M" },
    { "csv", 0, 0, G_OPTION_ARG_NONE, &cash_options.csv, N_("Print CSV"), NULL },
    { NULL }
  };

  return entries;
}

void
ps_cli_cashflow_clear (void)
{
  g_clear_pointer (&cash_options.payment_days, g_free);
  g_clear_pointer (&cash_options.mission_months, g_free);
  memset (&cash_options, 0, sizeof cash_options);
}

static cJSON *
month_json (const PsCashMonth *c,
            int                month)
{
  cJSON *it = cJSON_CreateObject ();

  if (month > 0)
    cJSON_AddNumberToObject (it, "month", month);
  ps_json_add_money (it, "inflow", c->inflow);
  ps_json_add_money (it, "contributions", c->contributions);
  ps_json_add_money (it, "income_tax", c->income_tax);
  ps_json_add_money (it, "other", c->other);
  ps_json_add_money (it, "net", c->net);
  ps_json_add_money (it, "cumulative", c->cumulative);
  return it;
}

static cJSON *
account_json (const PsCashMonth *months,
              const PsCashMonth *after,
              int                positive)
{
  cJSON *acc = cJSON_CreateObject ();
  cJSON *arr = cJSON_AddArrayToObject (acc, "months");

  for (int m = 0; m < PS_CASHFLOW_MONTHS; m++)
    cJSON_AddItemToArray (arr, month_json (&months[m], m + 1));
  cJSON_AddItemToObject (acc, "after_the_year", month_json (after, 0));
  if (positive > 0)
    cJSON_AddNumberToObject (acc, "positive_from_month", positive);
  else
    cJSON_AddNullToObject (acc, "positive_from_month");
  return acc;
}

static void
csv_rows (const char        *status,
          const char        *account,
          const PsCashMonth *months,
          const PsCashMonth *after)
{
  for (int m = 0; m <= PS_CASHFLOW_MONTHS; m++)
    {
      const PsCashMonth *c = m < PS_CASHFLOW_MONTHS ? &months[m] : after;
      double v[] = { c->inflow, c->contributions, c->income_tax, c->other, c->net, c->cumulative };
      g_autofree char *month = m < PS_CASHFLOW_MONTHS ? g_strdup_printf ("%d", m + 1) : g_strdup ("after");

      g_print ("%s,%s,%s", status, account, month);
      for (guint i = 0; i < G_N_ELEMENTS (v); i++)
        {
          char b[G_ASCII_DTOSTR_BUF_SIZE];

          g_print (",%s", g_ascii_formatd (b, sizeof b, "%.2f", ps_round_cents (v[i])));
        }
      g_print ("\n");
    }
}

/* the widest label, « Entreprise, après : à recevoir », and a margin */
#define CASH_LABEL_WIDTH 31

static void
print_row (const char *label,
           double      values[PS_N_STATUSES],
           gboolean    blank_zero)
{
  const int w = 13;
  g_autofree char *lp = ps_cli_pad (label, CASH_LABEL_WIDTH, FALSE);

  g_print ("  %s", lp);
  for (int k = 0; k < PS_N_STATUSES; k++)
    {
      g_autofree char *v = blank_zero && isnan (values[k]) ? g_strdup ("—") : ps_format_money (values[k]);
      g_autofree char *cell = ps_cli_pad (v, w, TRUE);

      g_print (" %s", cell);
    }
  g_print ("\n");
}

int
ps_cli_cashflow_run (const PsCliOptions *o,
                     GError            **error)
{
  g_autoptr (PsRates) rates = NULL;
  g_autofree PsComparison *cmp = g_new0 (PsComparison, 1);
  g_autofree PsCashflow *cf = g_new0 (PsCashflow, 1);
  const PsParams *p = NULL;
  g_autofree PsScenarioFile *file = g_new0 (PsScenarioFile, 1);
  PsCashflowInputs in;
  PsScenario s;

  if (cash_options.csv && ps_cli_options_json (o))
    {
      g_set_error_literal (error, PS_INPUT_ERROR, PS_INPUT_ERROR_INVALID, _("Give either --csv or --json, not both"));
      return PS_CLI_BAD_INPUT;
    }
  ps_cashflow_inputs_init (&in);
  if ((cash_options.payment_days != NULL
       && !ps_input_parse_number ("--payment-days", cash_options.payment_days, 0, 120, &in.payment_days, error))
      || (cash_options.mission_months != NULL
          && !ps_input_parse_number ("--mission-months", cash_options.mission_months, 1, 60, &in.mission_months, error)))
    return PS_CLI_BAD_INPUT;
  /* the réserve is paid at the end of a mission of whole months */
  if (cash_options.mission_months != NULL && in.mission_months != floor (in.mission_months))
    {
      g_set_error (error, PS_INPUT_ERROR, PS_INPUT_ERROR_INVALID, _("--mission-months: a whole number of months, from 1 to 60"));
      return PS_CLI_BAD_INPUT;
    }
  in.salary_advance = cash_options.salary_advance;
  in.micro_quarterly = cash_options.micro_quarterly;
  if (!ps_cli_compare_file (o, FALSE, &rates, &p, cmp, file, error))
    return PS_CLI_BAD_INPUT;
  /* the first year: the ACRE when the user is eligible (as the projection);
   * the scenario's current offer makes portage, as in compare */
  s = cmp->scenario;
  if (s.acre_eligible && !(s.micro_acre && s.company_acre))
    {
      s.micro_acre = TRUE;
      s.company_acre = TRUE;
      file->scenario = s;
      ps_scenario_file_compute (file, p, cmp);
    }
  ps_cashflow_compute (p, cmp, &in, cf);

  if (ps_cli_options_json (o))
    {
      g_autoptr (cJSON) obj = cJSON_CreateObject ();
      cJSON *statuses = cJSON_AddObjectToObject (obj, "statuses");

      cJSON_AddNumberToObject (obj, "payment_days", in.payment_days);
      cJSON_AddNumberToObject (obj, "payment_lag_months", cf->lag_months);
      cJSON_AddBoolToObject (obj, "salary_advance", in.salary_advance);
      cJSON_AddBoolToObject (obj, "micro_quarterly", in.micro_quarterly);
      cJSON_AddBoolToObject (obj, "corporate_tax_paid_in_first_year", FALSE);
      for (int k = 0; k < PS_N_STATUSES; k++)
        {
          const PsCashflowStatus *st = &cf->statuses[k];
          cJSON *jst = cJSON_AddObjectToObject (statuses, ps_status_id (k));

          ps_json_add_money (jst, "net_after_tax_yearly", st->yearly);
          /* the first year's: a micro above its ceiling keeps its regime */
          cJSON_AddBoolToObject (jst, "eligible", st->usable);
          if (st->first_inflow > 0)
            cJSON_AddNumberToObject (jst, "first_inflow_month", st->first_inflow);
          else
            cJSON_AddNullToObject (jst, "first_inflow_month");
          cJSON_AddItemToObject (jst, "person", account_json (st->person, &st->person_after, st->person_positive));
          if (st->has_company)
            cJSON_AddItemToObject (jst, "company", account_json (st->company, &st->company_after, st->company_positive));
        }
      ps_cli_print_json (obj);
      return PS_CLI_OK;
    }
  if (cash_options.csv)
    {
      g_print ("status,account,month,inflow,contributions,income_tax,other,net,cumulative\n");
      for (int k = 0; k < PS_N_STATUSES; k++)
        {
          const PsCashflowStatus *st = &cf->statuses[k];

          csv_rows (ps_status_id (k), "person", st->person, &st->person_after);
          if (st->has_company)
            csv_rows (ps_status_id (k), "company", st->company, &st->company_after);
        }
      return PS_CLI_OK;
    }

  {
    double v[PS_N_STATUSES];
    g_autofree char *l = ps_cli_pad ("", CASH_LABEL_WIDTH, FALSE);

    /* Translators: the days the clients take to pay an invoice */
    g_print (_("Your cash the first year, cumulated month by month (payment delay in days: %g)\n"), in.payment_days);
    g_print ("  %s", l);
    for (int k = 0; k < PS_N_STATUSES; k++)
      {
        g_autofree char *cell = ps_cli_pad (_(ps_status_short_name (k)), 13, TRUE);

        g_print (" %s", cell);
      }
    g_print ("\n");
    for (int m = 0; m < PS_CASHFLOW_MONTHS; m++)
      {
        /* Translators: a month of the first year, 1 to 12 */
        g_autofree char *label = g_strdup_printf (_("Month %d"), m + 1);

        for (int k = 0; k < PS_N_STATUSES; k++)
          v[k] = cf->statuses[k].person[m].cumulative;
        print_row (label, v, FALSE);
      }
    /* after the twelfth month: what is still to receive and to pay (the
     * last invoices, the réserve, the income tax of a new business, the
     * dividends, the TNS regularisation); month 12 plus it is the year */
    for (int k = 0; k < PS_N_STATUSES; k++)
      v[k] = cf->statuses[k].person_after.inflow;
    print_row (_("After the year: to receive"), v, FALSE);
    for (int k = 0; k < PS_N_STATUSES; k++)
      v[k] = -(cf->statuses[k].person_after.contributions + cf->statuses[k].person_after.income_tax
               + cf->statuses[k].person_after.other);
    print_row (_("After the year: to pay"), v, FALSE);
    /* of which the person's contributions (the TNS regularisation, the CSM) */
    for (int k = 0; k < PS_N_STATUSES; k++)
      v[k] = -cf->statuses[k].person_after.contributions;
    print_row (_("  of which contributions"), v, FALSE);
    for (int k = 0; k < PS_N_STATUSES; k++)
      v[k] = cf->statuses[k].person_after.cumulative;
    print_row (_("The year’s net"), v, FALSE);
    for (int k = 0; k < PS_N_STATUSES; k++)
      v[k] = cf->statuses[k].has_company ? cf->statuses[k].company[PS_CASHFLOW_MONTHS - 1].cumulative : NAN;
    print_row (_("Company, month 12"), v, TRUE);
    for (int k = 0; k < PS_N_STATUSES; k++)
      v[k] = cf->statuses[k].has_company ? cf->statuses[k].company_after.inflow : NAN;
    print_row (_("Company, after: to receive"), v, TRUE);
    for (int k = 0; k < PS_N_STATUSES; k++)
      {
        const PsCashMonth *a = &cf->statuses[k].company_after;

        v[k] = cf->statuses[k].has_company ? -(a->contributions + a->income_tax + a->other) : NAN;
      }
    print_row (_("Company, after: to pay"), v, TRUE);
    /* of which the company's contributions */
    for (int k = 0; k < PS_N_STATUSES; k++)
      v[k] = cf->statuses[k].has_company ? -cf->statuses[k].company_after.contributions : NAN;
    print_row (_("  of which contributions"), v, TRUE);
    for (int k = 0; k < PS_N_STATUSES; k++)
      v[k] = cf->statuses[k].has_company ? cf->statuses[k].company_after.cumulative : NAN;
    print_row (_("Company, the year"), v, TRUE);
    g_print ("\n");
    for (int k = 0; k < PS_N_STATUSES; k++)
      {
        const PsCashflowStatus *st = &cf->statuses[k];

        g_print ("  ");
        if (st->person_positive > 0)
          /* Translators: a status, then a month number */
          g_print (_("%s: your cash is positive from month %d"), _(ps_status_name (k)), st->person_positive);
        else
          /* Translators: a status */
          g_print (_("%s: your cash is not positive within the first year"), _(ps_status_name (k)));
        if (st->has_company)
          {
            /* Translators: between two parts of a sentence */
            g_print ("%s", _("; "));
            if (st->company_positive > 0)
              /* Translators: a month number */
              g_print (_("the company’s from month %d"), st->company_positive);
            else
              g_print ("%s", _("the company’s not within the first year"));
          }
        if (!cf->statuses[k].usable)
          g_print ("  ✗ %s", _(ps_unusable_label (cmp->statuses[k].unusable)));
        g_print ("\n");
      }
    g_print ("\n%s\n", _("No corporate tax is paid the first year: the instalments start the second year, the "
                         "balance after the accounts close; the dividends are voted and paid the year after."));
    g_print ("%s\n", _("After the year: what falls after the twelfth month (the last invoices, the réserve, the "
                       "income tax of a new business, the dividends, the corporate tax, the TNS regularisation); "
                       "month 12 plus it makes the year."));
  }
  return PS_CLI_OK;
}
