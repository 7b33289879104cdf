/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ps-inputs"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "ps-error.h"
#include "ps-inputs.h"
#include "ps-money.h"

/* The value as typed, not rounded: 100000.001 is out of a 1–100 000
 * range, and the message must not say "100 000". */
static char *
format_exact (double value)
{
  for (int d = 0; d <= 9; d++)
    if (fabs (value) < 1e12 && fabs (ps_round_to (value, d) - value) <= fabs (value) * 1e-15)
      return ps_format_number (value, d);
  return g_strdup_printf ("%g", value);
}

gboolean
ps_input_check_number (const char *name,
                       double      value,
                       double      min,
                       double      max,
                       GError    **error)
{
  if (!isfinite (value))
    {
      g_set_error (error, PS_INPUT_ERROR, PS_INPUT_ERROR_NOT_A_NUMBER,
                   _("%s: not a number"), name);
      return FALSE;
    }
  if (value < min || value > max)
    {
      g_autofree char *a = ps_format_number (min, min == floor (min) ? 0 : 2);
      g_autofree char *b = ps_format_number (max, max == floor (max) ? 0 : 2);
      g_autofree char *v = format_exact (value);

      /* the bounds with a true minus (−50); the value as typed */
      if (*a == '-')
        {
          g_autofree char *t = g_strconcat ("\u2212", a + 1, NULL);

          g_free (a);
          a = g_steal_pointer (&t);
        }
      if (*b == '-')
        {
          g_autofree char *t = g_strconcat ("\u2212", b + 1, NULL);

          g_free (b);
          b = g_steal_pointer (&t);
        }
      g_set_error (error, PS_INPUT_ERROR, PS_INPUT_ERROR_OUT_OF_RANGE,
                   /* Translators: field name, value typed, minimum, maximum */
                   _("%s: %s is out of range (accepted: %s to %s)"), name, v, a, b);
      return FALSE;
    }
  return TRUE;
}

gboolean
ps_input_parse_number (const char *name,
                       const char *text,
                       double      min,
                       double      max,
                       double     *out_value,
                       GError    **error)
{
  g_autoptr (GError) local_error = NULL;
  double value;

  /* exponent notation ("1e5", "2e5", "1e400") is not read, as in the
   * window's fields: not a number, whatever its value */
  if (!ps_parse_amount (text, &value, &local_error))
    {
      g_set_error (error, PS_INPUT_ERROR, local_error->code,
                   /* Translators: a field's name, then what is wrong with it */
                   _("%s: %s"), name, local_error->message);
      return FALSE;
    }
  if (!ps_input_check_number (name, value, min, max, error))
    return FALSE;
  *out_value = value;
  return TRUE;
}

static const PsFieldSpec field_specs[PS_N_FIELDS] = {
  [PS_FIELD_TJM] = { "--tjm", N_("Day rate (TJM)"), 1, 100000, FALSE, FALSE },
  [PS_FIELD_DAYS_PER_MONTH] = { "--days-per-month", N_("Days billed per month"), 0.5, 31, FALSE, FALSE },
  [PS_FIELD_DAYS_PER_YEAR] = { "--days-per-year", N_("Days billed per year"), 1, 366, FALSE, FALSE },
  [PS_FIELD_FEE_PCT] = { "--fee-pct", N_("Management fee"), 0, 100, FALSE, FALSE },
  [PS_FIELD_FEE_CAP_MONTHLY] = { "--fee-cap-monthly", N_("Monthly fee cap"), 0, 1000000, FALSE, FALSE },
  [PS_FIELD_FEE_FLAT_MONTHLY] = { "--fee-flat-monthly", N_("Flat fee per month"), 0, 1000000, FALSE, FALSE },
  [PS_FIELD_EXPENSES_MONTHLY] = { "--expenses-monthly", N_("Professional expenses per month"), 0, 1000000, FALSE, FALSE },
  [PS_FIELD_CDI_GROSS_YEARLY] = { "--cdi-gross-yearly", N_("CDI offer, gross per year"), 1, 10000000, FALSE, FALSE },
  [PS_FIELD_ESN_MARGIN_PCT] = { "--esn-margin-pct", N_("ESN margin"), 0, 90, FALSE, FALSE },
  [PS_FIELD_HEADCOUNT] = { "--headcount", N_("Headcount"), 1, 1000000, TRUE, FALSE },
  [PS_FIELD_ATMP_PCT] = { "--atmp-pct", N_("AT/MP rate"), 0, 30, FALSE, FALSE },
  [PS_FIELD_VM_PCT] = { "--vm-pct", N_("Versement mobilité rate"), 0, 5, FALSE, FALSE },
  [PS_FIELD_MUTUELLE_MONTHLY] = { "--mutuelle-monthly", N_("Health insurance per month"), 0, 1000, FALSE, FALSE },
  [PS_FIELD_MUTUELLE_EMPLOYER_PCT] = { "--mutuelle-employer-pct", N_("Employer share of the health insurance"), 0, 100, FALSE, FALSE },
  [PS_FIELD_PARTS] = { "--parts", N_("Household parts"), 1, 20, FALSE, TRUE },
  [PS_FIELD_TAX_RATE_PCT] = { "--tax", N_("Personal tax rate"), 0, 60, FALSE, FALSE },
  [PS_FIELD_GROSS_MONTHLY] = { "--gross-monthly", N_("Gross salary per month"), 0, 1000000, FALSE, FALSE },
  [PS_FIELD_REVENUE_YEARLY] = { "--revenue-yearly", N_("Revenue per year"), 0, 100000000, FALSE, FALSE },
  [PS_FIELD_EMPLOYER_COST_YEARLY] = { "--employer-cost-yearly", N_("Employer cost per year"), 0, 100000000, FALSE, FALSE },
  [PS_FIELD_DIVIDENDS_YEARLY] = { "--dividends-yearly", N_("Dividends per year"), 0, 100000000, FALSE, FALSE },
  [PS_FIELD_REMUNERATION_YEARLY] = { "--remuneration-yearly", N_("Remuneration per year"), 0, 100000000, FALSE, FALSE },
  [PS_FIELD_RUNNING_COSTS_YEARLY] = { "--running-costs-yearly", N_("Running costs per year"), 0, 1000000, FALSE, FALSE },
  [PS_FIELD_MILEAGE_KM_YEARLY] = { "--mileage-km-yearly", N_("Business kilometres per year"), 0, 200000, FALSE, FALSE },
  [PS_FIELD_TARGET_NET_MONTHLY] = { "--target-net-monthly", N_("Target net per month"), 1, 1000000, FALSE, FALSE },
  [PS_FIELD_HEALTH_BUDGET_YEARLY] = { "--health-budget-yearly", N_("Health cover and prévoyance per year"), 0, 100000, FALSE, FALSE },
};

const PsFieldSpec *
ps_field_spec (PsField field)
{
  g_return_val_if_fail (field < PS_N_FIELDS, NULL);
  return &field_specs[field];
}

gboolean
ps_input_check_field (PsField     field,
                      const char *shown,
                      double      value,
                      GError    **error)
{
  const PsFieldSpec *spec = ps_field_spec (field);
  const char *name = shown != NULL ? shown : _(spec->label);

  if (!ps_input_check_number (name, value, spec->min, spec->max, error))
    return FALSE;
  if (spec->integer && value != floor (value))
    {
      g_set_error (error, PS_INPUT_ERROR, PS_INPUT_ERROR_INVALID,
                   _("%s: a whole number is expected"), name);
      return FALSE;
    }
  if (spec->halves && fabs (value * 2 - round (value * 2)) > 1e-9)
    {
      g_set_error (error, PS_INPUT_ERROR, PS_INPUT_ERROR_INVALID,
                   _("%s: the number of parts goes by halves (1, 1.5, 2, 2.5…)"), name);
      return FALSE;
    }
  return TRUE;
}

gboolean
ps_input_parse_field (PsField     field,
                      const char *shown,
                      const char *text,
                      double     *out_value,
                      GError    **error)
{
  const PsFieldSpec *spec = ps_field_spec (field);
  const char *name = shown != NULL ? shown : _(spec->label);
  double value;

  if (!ps_input_parse_number (name, text, -G_MAXDOUBLE, G_MAXDOUBLE, &value, error)
      || !ps_input_check_field (field, shown, value, error))
    return FALSE;
  *out_value = value;
  return TRUE;
}
