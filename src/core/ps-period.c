/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ps-period"

#include "config.h"

#include "ps-period.h"

double
ps_period_amount (PsPeriod period,
                  double   monthly)
{
  return period == PS_PERIOD_YEAR ? monthly * PS_MONTHS_PER_YEAR : monthly;
}

double
ps_period_of_yearly (PsPeriod period,
                     double   yearly)
{
  return period == PS_PERIOD_YEAR ? yearly : yearly / PS_MONTHS_PER_YEAR;
}

void
ps_period_amounts (PsPeriod      period,
                   const double *monthly,
                   double       *out,
                   gsize         n)
{
  g_return_if_fail (n == 0 || (monthly != NULL && out != NULL));

  for (gsize i = 0; i < n; i++)
    out[i] = ps_period_amount (period, monthly[i]);
}

const char *
ps_period_id (PsPeriod period)
{
  return period == PS_PERIOD_YEAR ? "year" : "month";
}

gboolean
ps_period_from_id (const char *id,
                   PsPeriod   *out)
{
  g_return_val_if_fail (out != NULL, FALSE);

  *out = PS_PERIOD_MONTH;
  if (g_strcmp0 (id, "month") == 0)
    return TRUE;
  if (g_strcmp0 (id, "year") == 0)
    {
      *out = PS_PERIOD_YEAR;
      return TRUE;
    }
  return FALSE;
}

void
ps_period_summary (PsPeriod               period,
                   const PsStatusSummary *monthly,
                   PsStatusSummary       *out)
{
  double *amounts[] = {
    &out->revenue, &out->costs, &out->expenses, &out->contributions, &out->gross,
    &out->net_before_tax, &out->income_tax, &out->deferred, &out->health,
    &out->employee_total, &out->employer_total, &out->taxes_total,
  };

  g_return_if_fail (monthly != NULL && out != NULL);

  if (out != monthly)
    *out = *monthly;
  if (period == PS_PERIOD_MONTH)
    return;
  for (guint i = 0; i < G_N_ELEMENTS (amounts); i++)
    *amounts[i] = ps_period_amount (period, *amounts[i]);
  /* the engine's yearly figures, not a month rounded back */
  out->net_after_tax = monthly->net_after_tax_yearly;
  out->vs_reference = monthly->vs_reference_yearly;
  out->pay = monthly->pay_yearly;
  out->dividends = monthly->dividends_yearly;
}

void
ps_period_line (PsPeriod      period,
                const PsLine *line,
                PsLine       *out)
{
  g_return_if_fail (line != NULL && out != NULL);

  if (out != line)
    *out = *line;
  out->base = ps_period_amount (period, line->base);
  out->employee = ps_period_amount (period, line->employee);
  out->employer = ps_period_amount (period, line->employer);
}

double
ps_period_convert (PsPeriod from,
                   PsPeriod to,
                   double   amount)
{
  if (from == to)
    return amount;
  return to == PS_PERIOD_YEAR ? amount * PS_MONTHS_PER_YEAR : amount / PS_MONTHS_PER_YEAR;
}

gboolean
ps_period_parse_target (PsPeriod     period,
                        const char  *shown,
                        const char  *text,
                        double      *monthly,
                        GError     **error)
{
  const PsFieldSpec *spec = ps_field_spec (PS_FIELD_TARGET_NET_MONTHLY);
  double months = period == PS_PERIOD_YEAR ? PS_MONTHS_PER_YEAR : 1;
  double value;

  g_return_val_if_fail (monthly != NULL, FALSE);
  if (!ps_input_parse_number (shown, text, spec->min * months, spec->max * months, &value, error))
    return FALSE;
  *monthly = value / months;
  return TRUE;
}
