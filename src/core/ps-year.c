/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ps-year"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "ps-inputs.h"
#include "ps-money.h"
#include "ps-offer.h"
#include "ps-portage.h"
#include "ps-year.h"

void
ps_year_inputs_init (PsYearInputs *in)
{
  memset (in, 0, sizeof *in);
  in->holiday_weeks = 5;
  in->public_holidays = -1;
  in->gap_weeks = 2;
  in->sick_days = 5;
  in->training_days = 10;
  in->hours_per_day = 7;
}

static gboolean
is_weekday (GDate *d)
{
  GDateWeekday w = g_date_get_weekday (d);

  return w != G_DATE_SATURDAY && w != G_DATE_SUNDAY;
}

int
ps_year_weekdays (int year)
{
  int days = g_date_is_leap_year (year) ? 366 : 365;
  GDate d;
  int n = 0;

  g_date_clear (&d, 1);
  g_date_set_dmy (&d, 1, G_DATE_JANUARY, year);
  for (int i = 0; i < days; i++, g_date_add_days (&d, 1))
    n += is_weekday (&d);
  return n;
}

/* Easter Sunday (the anonymous Gregorian algorithm) */
static void
easter (int    year,
        GDate *out)
{
  int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
  int f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30;
  int i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7;
  int m = (a + 11 * h + 22 * l) / 451;
  int month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1;

  g_date_clear (out, 1);
  g_date_set_dmy (out, day, month, year);
}

int
ps_year_public_holidays (int year)
{
  static const struct { int day, month; } fixed[] = {
    { 1, 1 }, { 1, 5 }, { 8, 5 }, { 14, 7 }, { 15, 8 }, { 1, 11 }, { 11, 11 }, { 25, 12 },
  };
  /* Easter Monday, Ascension, Whit Monday */
  static const int after_easter[] = { 1, 39, 50 };
  GDate d;
  int n = 0;

  g_date_clear (&d, 1);
  for (guint i = 0; i < G_N_ELEMENTS (fixed); i++)
    {
      g_date_set_dmy (&d, fixed[i].day, fixed[i].month, year);
      n += is_weekday (&d);
    }
  for (guint i = 0; i < G_N_ELEMENTS (after_easter); i++)
    {
      easter (year, &d);
      g_date_add_days (&d, after_easter[i]);
      n += is_weekday (&d);
    }
  return n;
}

void
ps_year_compute (const PsParams     *p,
                 const PsScenario   *scenario,
                 const PsYearInputs *in,
                 PsYear             *y)
{
  ps_year_compute_offer (p, scenario, NULL, in, y);
}

void
ps_year_compute_offer (const PsParams     *p,
                       const PsScenario   *scenario,
                       const PsOffer      *offer,
                       const PsYearInputs *in,
                       PsYear             *y)
{
  PsScenario s = *scenario;
  double available, gaps, worked;

  memset (y, 0, G_STRUCT_OFFSET (PsYear, comparison));
  y->year = p->year;
  y->weekdays = ps_year_weekdays (p->year);
  y->public_holidays = in->public_holidays >= 0 ? in->public_holidays : ps_year_public_holidays (p->year);
  y->hours_per_day = in->hours_per_day > 0 ? in->hours_per_day : 7;

  available = MAX (0.0, y->weekdays - 5 * MAX (0.0, in->holiday_weeks) - MAX (0.0, y->public_holidays));
  gaps = 5 * MAX (0.0, in->gap_weeks) + MAX (0.0, in->sick_days);
  y->billed_days = available - gaps - MAX (0.0, in->training_days);
  y->overbooked = y->billed_days < 0;
  y->billed_days = MAX (0.0, y->billed_days);
  y->worked_days = MIN (available, y->billed_days + MAX (0.0, in->training_days));
  y->esn_paid_days = MIN (available, y->billed_days + gaps);

  /* the ESN pays the salary of the days it expected to bill; a CDI offer
   * is a salary already */
  s.days_per_year = y->billed_days;
  /* the ESN's salary, and whether its billing can pay the minimum one,
   * over the days it pays (a CDI offer ignores it) */
  s.esn_paid_days = y->esn_paid_days;
  ps_comparison_compute (p, &s, &y->comparison);
  /* a scenario's current offer makes its portage, on the billed days */
  if (offer != NULL)
    ps_comparison_apply_offer (p, offer, &y->comparison);
  /* the daily allowances of the sick days, in each status's net */
  ps_year_sick_compute (p, &y->comparison, in->sick_days, &y->sick);
  ps_year_sick_apply (&y->sick, &y->comparison);
  /* the comparison's inputs as the user gave them */
  y->comparison.scenario.esn_paid_days = scenario->esn_paid_days;

  y->esn_margin_realised = s.tjm * y->billed_days > 0
                           ? 1 - y->comparison.cdi.employer_cost_yearly / (s.tjm * y->billed_days) : 0;
  worked = y->worked_days;
  for (int i = 0; i < PS_N_STATUSES; i++)
    {
      double net = y->comparison.statuses[i].net_after_tax_yearly;

      y->net_per_day[i] = worked > 0 ? net / worked : 0;
      y->net_per_hour[i] = worked > 0 ? net / (worked * y->hours_per_day) : 0;
    }
}

void
ps_year_sweep (const PsParams     *p,
               const PsScenario   *scenario,
               const PsYearInputs *in,
               double              tjm_from,
               double              tjm_to,
               int                 n,
               double             *out)
{
  ps_year_sweep_offer (p, scenario, NULL, in, tjm_from, tjm_to, n, out);
}

void
ps_year_sweep_offer (const PsParams     *p,
                     const PsScenario   *scenario,
                     const PsOffer      *offer,
                     const PsYearInputs *in,
                     double              tjm_from,
                     double              tjm_to,
                     int                 n,
                     double             *out)
{
  PsScenario probe = *scenario;
  g_autofree PsYear *y = g_new (PsYear, 1);

  for (int i = 0; i < n; i++)
    {
      probe.tjm = n > 1 ? tjm_from + (tjm_to - tjm_from) * i / (n - 1) : tjm_from;
      ps_year_compute_offer (p, &probe, offer, in, y);
      for (int k = 0; k < PS_N_STATUSES; k++)
        out[i * PS_N_STATUSES + k] = y->comparison.statuses[k].eligible
                                     ? y->comparison.statuses[k].net_after_tax_monthly : NAN;
    }
}

/* ------------------------------------------------------------ fields */

static const struct
{
  const char *label;
  double      min;
  double      max;
} year_fields[PS_N_YEAR_FIELDS] = {
  [PS_YEAR_FIELD_HOLIDAY_WEEKS] = { N_("Weeks of holiday"), 0, 52 },
  [PS_YEAR_FIELD_PUBLIC_HOLIDAYS] = { N_("Public holidays"), 0, 366 },
  [PS_YEAR_FIELD_GAP_WEEKS] = { N_("Weeks between missions"), 0, 52 },
  [PS_YEAR_FIELD_SICK_DAYS] = { N_("Sick days"), 0, 366 },
  [PS_YEAR_FIELD_TRAINING_DAYS] = { N_("Training or prospecting days"), 0, 366 },
  [PS_YEAR_FIELD_HOURS_PER_DAY] = { N_("Hours a day"), 1, 24 },
};

const char *
ps_year_field_label (PsYearField field)
{
  g_return_val_if_fail (field < PS_N_YEAR_FIELDS, NULL);
  return _(year_fields[field].label);
}

void
ps_year_field_range (PsYearField  field,
                     double      *out_min,
                     double      *out_max)
{
  g_return_if_fail (field < PS_N_YEAR_FIELDS);
  *out_min = year_fields[field].min;
  *out_max = year_fields[field].max;
}

double *
ps_year_inputs_field (PsYearInputs *in,
                      PsYearField   field)
{
  switch (field)
    {
    case PS_YEAR_FIELD_HOLIDAY_WEEKS: return &in->holiday_weeks;
    case PS_YEAR_FIELD_PUBLIC_HOLIDAYS: return &in->public_holidays;
    case PS_YEAR_FIELD_GAP_WEEKS: return &in->gap_weeks;
    case PS_YEAR_FIELD_SICK_DAYS: return &in->sick_days;
    case PS_YEAR_FIELD_TRAINING_DAYS: return &in->training_days;
    case PS_YEAR_FIELD_HOURS_PER_DAY: return &in->hours_per_day;
    case PS_N_YEAR_FIELDS:
    default: g_return_val_if_reached (NULL);
    }
}

gboolean
ps_year_inputs_set_field_text (PsYearInputs *in,
                               PsYearField   field,
                               const char   *text,
                               GError      **error)
{
  g_autofree char *stripped = g_strstrip (g_strdup (text != NULL ? text : ""));
  double value;

  g_return_val_if_fail (field < PS_N_YEAR_FIELDS, FALSE);

  if (*stripped == '\0' && field != PS_YEAR_FIELD_HOURS_PER_DAY)
    {
      /* nothing typed: none, or the year's public holidays */
      *ps_year_inputs_field (in, field) = field == PS_YEAR_FIELD_PUBLIC_HOLIDAYS ? -1 : 0;
      return TRUE;
    }
  if (!ps_input_parse_number (_(year_fields[field].label), stripped, year_fields[field].min,
                              year_fields[field].max, &value, error))
    return FALSE;
  *ps_year_inputs_field (in, field) = value;
  return TRUE;
}

char *
ps_year_inputs_format_field (const PsYearInputs *in,
                             PsYearField         field)
{
  double value;

  g_return_val_if_fail (field < PS_N_YEAR_FIELDS, NULL);
  value = *ps_year_inputs_field ((PsYearInputs *) in, field);
  if (field == PS_YEAR_FIELD_PUBLIC_HOLIDAYS && value < 0)
    return g_strdup ("");
  return ps_format_number (value, value == floor (value) ? 0 : 2);
}
