/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ps-cli"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "ps-cli.h"
#include "ps-cli-private.h"
#include "ps-error.h"
#include "ps-json.h"
#include "ps-money.h"
#include "ps-rights.h"
#include "ps-year.h"

#define RIGHTS_LABEL_WIDTH 44

static void
row (const char *label,
     const char *value)
{
  g_autofree char *l = ps_cli_pad (label, RIGHTS_LABEL_WIDTH, FALSE);

  g_print ("    %s %s\n", l, value);
}

static void
row_money (const char *label,
           double      value)
{
  g_autofree char *v = ps_format_money (value);

  row (label, v);
}

static void
print_rights (const PsRights *r)
{
  g_autofree const char **notes = ps_rights_note_labels (r->notes);

  g_print ("\n%s\n", _(ps_status_name (r->status)));

  g_print ("  %s\n", _("Pension"));
  {
    g_autofree char *earnings = ps_format_money (r->pension_earnings);
    g_autofree char *threshold = ps_format_money (r->quarter_threshold);
    /* Translators: quarters validated of 4, the earnings counted, the
     * earnings for one quarter */
    g_autofree char *v = g_strdup_printf (_("%d of 4 (on %s; %s a quarter)"), r->pension_quarters,
                                          earnings, threshold);

    row (_("Base pension quarters"), v);
  }
  if (r->scheme != PS_PENSION_SCHEME_NONE)
    {
      g_autofree char *points = ps_format_number (r->points, 2);
      g_autofree char *price = ps_format_number (r->point_price, 4);
      /* Translators: points, then the price of a point */
      g_autofree char *v = g_strdup_printf (_("%s (at %s € a point)"), points, price);
      g_autofree char *pension = ps_format_money (r->pension_yearly_accrued);
      g_autofree char *value = ps_format_number (r->point_value, 4);
      /* Translators: a yearly pension, then the value of a point */
      g_autofree char *accrued = g_strdup_printf (_("≈ %s a year (%s € a point)"), pension, value);

      row (r->scheme == PS_PENSION_SCHEME_AGIRC_ARRCO ? _("Agirc-Arrco points") : _("RCI points"), v);
      row (_("Pension this year adds"), accrued);
    }

  g_print ("  %s\n", _("Unemployment, if the contract ended after this year"));
  if (!r->are_eligible)
    row (_("ARE"), _("none: no unemployment insurance"));
  else
    {
      g_autofree char *days = g_strdup_printf (_("%.0f days"), r->are_days);

      row_money (_("Daily reference salary (SJR)"), r->are_sjr);
      row_money (_("Daily allowance (gross)"), r->are_daily);
      if (r->are_daily_reduced < r->are_daily)
        row_money (_("From the 7th month"), r->are_daily_reduced);
      row (_("Duration"), days);
      row_money (_("Total over the duration"), r->are_total);
      row_money (_("Or ARCE, to create a company"), r->arce);
    }

  {
    /* Translators: %d is a number of days */
    g_autofree char *title = g_strdup_printf (_("Sick for %d days"), PS_RIGHTS_SICK_STOP_DAYS);

    g_print ("  %s\n", title);
  }
  if (!r->sick_eligible)
    row (_("Daily allowances"), _("none"));
  else
    {
      g_autofree char *daily = ps_format_money (r->sick_daily);
      /* Translators: an amount a day, then a number of days paid */
      g_autofree char *v = g_strdup_printf (_("%s a day for %.0f days"), daily, r->sick_paid_days);

      row (_("Daily allowances (gross)"), v);
      if (r->sick_employer > 0)
        row_money (_("Employer’s complement (net)"), r->sick_employer);
    }
  row_money (_("What the month leaves (net)"), r->sick_month_net);
  row_money (_("A working month (net before income tax)"), r->working_month_net);
  for (int i = 0; notes[i] != NULL; i++)
    g_print ("  • %s\n", _(notes[i]));
}

int
ps_cli_rights_run (const PsCliOptions *o,
                   GError            **error)
{
  g_autoptr (PsRates) rates = NULL;
  g_autofree PsComparison *cmp = g_new0 (PsComparison, 1);
  const PsParams *p = NULL;
  PsRights r[PS_N_STATUSES];

  if (!ps_cli_compare (o, FALSE, &rates, &p, cmp, error))
    return PS_CLI_BAD_INPUT;
  for (int i = 0; i < PS_N_STATUSES; i++)
    ps_rights_compute (p, cmp, i, &r[i]);

  if (ps_cli_options_json (o))
    {
      g_autoptr (cJSON) obj = cJSON_CreateObject ();
      cJSON *statuses = cJSON_AddObjectToObject (obj, "statuses");
      g_autofree char *date = ps_date_format (p->date);

      cJSON_AddStringToObject (obj, "date", date);
      cJSON_AddNumberToObject (obj, "sick_stop_days", PS_RIGHTS_SICK_STOP_DAYS);
      cJSON_AddNumberToObject (obj, "are_reference_days", PS_RIGHTS_ARE_REFERENCE_DAYS);
      for (int i = 0; i < PS_N_STATUSES; i++)
        {
          cJSON *st = cJSON_AddObjectToObject (statuses, ps_status_id (i));

          cJSON_AddBoolToObject (st, "eligible", cmp->statuses[i].eligible);
          ps_json_add_rights (st, &r[i]);
        }
      ps_cli_print_json (obj);
      return PS_CLI_OK;
    }

  g_print ("%s\n", _("What a year of each status protects"));
  for (int i = 0; i < PS_N_STATUSES; i++)
    print_rights (&r[i]);
  g_print ("\n%s\n", _("Gross amounts unless marked net. Points at today’s purchase price and service value; the pension "
                       "is paid at the full rate only with enough quarters. The ARE assumes an involuntary end of contract "
                       "after one year of this pay, under 55."));
  return PS_CLI_OK;
}

/* ------------------------------------------------------------------ year */

static struct
{
  char *holiday_weeks;
  char *public_holidays;
  char *gap_weeks;
  char *sick_days;
  char *training_days;
  char *hours_per_day;
} year_options;

const GOptionEntry *
ps_cli_year_entries (void)
{
  static const GOptionEntry entries[] = {
    { "holiday-weeks", 0, 0, G_OPTION_ARG_FILENAME, &year_options.holiday_weeks, N_("Weeks of paid leave (default 5)"), "W" },
    { "public-holidays", 0, 0, G_OPTION_ARG_FILENAME, &year_options.public_holidays, N_("Public holidays on a weekday (default: those of the year)"), "N" },
    { "gap-weeks", 0, 0, G_OPTION_ARG_FILENAME, &year_options.gap_weeks, N_("Weeks between missions (default 2)"), "W" },
    { "sick-days", 0, 0, G_OPTION_ARG_FILENAME, &year_options.sick_days, N_("Working days off sick (default 5)"), "D" },
    { "training-days", 0, 0, G_OPTION_ARG_FILENAME, &year_options.training_days, N_("Days of training or prospecting, worked but not billed (default 10)"), "D" },
    { "hours-per-day", 0, 0, G_OPTION_ARG_FILENAME, &year_options.hours_per_day, N_("Hours in a working day (default 7)"), "H" },
    { NULL }
  };

  return entries;
}

void
ps_cli_year_clear (void)
{
  g_clear_pointer (&year_options.holiday_weeks, g_free);
  g_clear_pointer (&year_options.public_holidays, g_free);
  g_clear_pointer (&year_options.gap_weeks, g_free);
  g_clear_pointer (&year_options.sick_days, g_free);
  g_clear_pointer (&year_options.training_days, g_free);
  g_clear_pointer (&year_options.hours_per_day, g_free);
}

static gboolean
year_field (const char *name,
            const char *text,
            double      min,
            double      max,
            double     *value,
            GError    **error)
{
  double v;

  if (text == NULL)
    return TRUE;
  if (!ps_parse_amount (text, &v, NULL) || !isfinite (v) || v < min || v > max)
    {
      g_autofree char *shown = g_utf8_make_valid (text, -1);

      g_set_error (error, PS_INPUT_ERROR, PS_INPUT_ERROR_INVALID,
                   /* Translators: an option, its bounds, the value given */
                   _("%s: expected a number between %g and %g, got “%s”"), name, min, max, shown);
      return FALSE;
    }
  *value = v;
  return TRUE;
}

int
ps_cli_year_run (const PsCliOptions *o,
                 GError            **error)
{
  g_autoptr (PsRates) rates = NULL;
  g_autofree PsComparison *cmp = g_new0 (PsComparison, 1);
  g_autofree PsYear *y = g_new0 (PsYear, 1);
  g_autofree PsScenarioFile *file = g_new0 (PsScenarioFile, 1);
  const PsParams *p = NULL;
  PsYearInputs in;

  ps_year_inputs_init (&in);
  if (!year_field ("--holiday-weeks", year_options.holiday_weeks, 0, 52, &in.holiday_weeks, error)
      || !year_field ("--public-holidays", year_options.public_holidays, 0, 366, &in.public_holidays, error)
      || !year_field ("--gap-weeks", year_options.gap_weeks, 0, 52, &in.gap_weeks, error)
      || !year_field ("--sick-days", year_options.sick_days, 0, 366, &in.sick_days, error)
      || !year_field ("--training-days", year_options.training_days, 0, 366, &in.training_days, error)
      || !year_field ("--hours-per-day", year_options.hours_per_day, 1, 24, &in.hours_per_day, error))
    return PS_CLI_BAD_INPUT;
  if (!ps_cli_compare_file (o, TRUE, &rates, &p, cmp, file, error))
    return PS_CLI_BAD_INPUT;
  /* the scenario's current offer makes portage, as in compare */
  ps_year_compute_offer (p, &cmp->scenario, ps_scenario_file_current_offer (file), &in, y);

  if (ps_cli_options_json (o))
    {
      g_autoptr (cJSON) obj = cJSON_CreateObject ();
      cJSON *statuses;

      cJSON_AddNumberToObject (obj, "year", y->year);
      cJSON_AddNumberToObject (obj, "weekdays", y->weekdays);
      cJSON_AddNumberToObject (obj, "public_holidays", y->public_holidays);
      cJSON_AddNumberToObject (obj, "billed_days", ps_round_to (y->billed_days, 4));
      cJSON_AddNumberToObject (obj, "worked_days", ps_round_to (y->worked_days, 4));
      cJSON_AddNumberToObject (obj, "esn_paid_days", ps_round_to (y->esn_paid_days, 4));
      cJSON_AddNumberToObject (obj, "hours_per_day", y->hours_per_day);
      cJSON_AddBoolToObject (obj, "overbooked", y->overbooked);
      cJSON_AddNumberToObject (obj, "esn_margin_realised_pct", ps_round_to (y->esn_margin_realised * 100, 2));
      statuses = cJSON_AddObjectToObject (obj, "statuses");
      for (int i = 0; i < PS_N_STATUSES; i++)
        {
          cJSON *st = cJSON_AddObjectToObject (statuses, ps_status_id (i));

          ps_json_add_money (st, "net_after_tax_yearly", y->comparison.statuses[i].net_after_tax_yearly);
          ps_json_add_money (st, "net_per_day_worked", y->net_per_day[i]);
          ps_json_add_money (st, "net_per_hour_worked", y->net_per_hour[i]);
          cJSON_AddBoolToObject (st, "eligible", y->comparison.statuses[i].eligible);
          {
            const PsSickPay *sp = &y->sick.statuses[i];
            cJSON *sick = cJSON_AddObjectToObject (st, "sick_pay");

            cJSON_AddBoolToObject (sick, "eligible", sp->eligible);
            cJSON_AddBoolToObject (sick, "salary_maintained", i == PS_STATUS_CDI);
            ps_json_add_money (sick, "ij_daily", sp->daily);
            cJSON_AddNumberToObject (sick, "ij_days", ps_round_to (sp->paid_days, 4));
            ps_json_add_money (sick, "ij_net", sp->benefits);
            cJSON_AddNumberToObject (sick, "employer_days", ps_round_to (sp->employer_days, 4));
            ps_json_add_money (sick, "employer_net", sp->employer);
            ps_json_add_money (sick, "received", ps_year_sick_received (&y->sick, i));
            ps_json_add_money (sick, "income_tax", sp->income_tax);
            ps_json_add_money (sick, "net_after_tax", sp->net);
          }
        }
      cJSON_AddNumberToObject (obj, "sick_days", y->sick.sick_days);
      cJSON_AddNumberToObject (obj, "sick_calendar_days", ps_round_to (y->sick.calendar_days, 4));
      cJSON_AddItemToObject (obj, "comparison", ps_json_comparison (&y->comparison, p));
      ps_cli_print_json (obj);
      return PS_CLI_OK;
    }

  {
    /* Translators: %d is a year */
    g_autofree char *title = g_strdup_printf (_("A realistic year (%d)"), y->year);
    g_autofree char *margin = ps_format_percent (y->esn_margin_realised * 100, 1);
    const int w = 20;

    g_print ("%s\n", title);
    g_print (_("  %.0f weekdays, %.0f public holidays on a weekday\n"), y->weekdays, y->public_holidays);
    g_print (_("  Billed: %g days; worked: %g days (with training or prospecting)\n"), y->billed_days, y->worked_days);
    if (cmp->scenario.cdi_gross_yearly <= 0)
      g_print (_("  The ESN pays %g days (between missions and sick days included): its margin falls to %s\n"),
               y->esn_paid_days, margin);
    if (y->overbooked)
      g_print ("  ⚠ %s\n", _("The holidays and gaps take the whole year: nothing is billed."));
    g_print ("\n  %*s", 16, "");
    {
      const char *titles[] = { N_("Net per year"), N_("Per day worked"), N_("Per hour worked") };

      for (guint t = 0; t < G_N_ELEMENTS (titles); t++)
        {
          g_autofree char *cell = ps_cli_pad (_(titles[t]), w, TRUE);
          g_print (" %s", cell);
        }
    }
    g_print ("\n");
    for (int i = 0; i < PS_N_STATUSES; i++)
      {
        g_autofree char *name = ps_cli_pad (_(ps_status_short_name (i)), 16, FALSE);
        double v[] = { y->comparison.statuses[i].net_after_tax_yearly, y->net_per_day[i], y->net_per_hour[i] };

        g_print ("  %s", name);
        for (guint k = 0; k < G_N_ELEMENTS (v); k++)
          {
            g_autofree char *money = ps_format_money (v[k]);
            g_autofree char *cell = ps_cli_pad (money, w, TRUE);

            g_print (" %s", cell);
          }
        if (!y->comparison.statuses[i].eligible)
          g_print ("  ✗ %s", _(ps_unusable_label (y->comparison.statuses[i].unusable)));
        g_print ("\n");
      }
    {
      g_autofree char *sick = ps_format_number (y->sick.sick_days, y->sick.sick_days == floor (y->sick.sick_days) ? 0 : 1);
      g_autofree char *stop = ps_format_number (y->sick.calendar_days, y->sick.calendar_days == floor (y->sick.calendar_days) ? 0 : 1);

      g_print ("\n  ");
      /* Translators: working days off sick, the calendar days of the stop */
      g_print (_("Sick pay received (%s days off sick, one stop of %s calendar days), in the net above:"), sick, stop);
      g_print ("\n");
      for (int i = 0; i < PS_N_STATUSES; i++)
        {
          g_autofree char *name = ps_cli_pad (_(ps_status_short_name (i)), 16, FALSE);
          g_autofree char *text = ps_year_sick_text (&y->sick, i);

          g_print ("  %s %s\n", name, text);
        }
    }
    g_print ("\n%s\n", _("Net after income tax. Portage and the freelancers earn nothing between missions; an ESN "
                         "employee keeps the salary."));
  }
  return PS_CLI_OK;
}
