/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ps-quote"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "ps-money.h"
#include "ps-payslip.h"
#include "ps-quote.h"

/* gaps smaller than this are rounding, not findings (€ a month) */
#define QUOTE_TOLERANCE 5.0

void
ps_quote_init (PsQuote *quote)
{
  quote->revenue = 0;
  for (int i = 0; i < PS_N_QUOTE_LINES; i++)
    quote->lines[i] = NAN;
}

void
ps_quote_check (const PsParams        *p,
                const PsPortageInputs *inputs,
                const PsQuote         *q,
                PsQuoteCheck          *out)
{
  PsPortageInputs in = *inputs;
  const PsPortageResult *r = &out->portage;
  double gross;

  memset (out, 0, sizeof *out);
  /* the month of the quote: its revenue, its fee and extras as stated */
  in.days_per_month = in.tjm > 0 ? q->revenue / in.tjm : 1;
  if (in.tjm <= 0)
    in.tjm = q->revenue;
  if (!isnan (q->lines[PS_QUOTE_FEE]))
    {
      in.fee_model = PS_FEE_FLAT;
      in.fee_flat_monthly = q->lines[PS_QUOTE_FEE];
      in.bands = NULL;
      in.fee_floor_monthly = 0;
      in.fee_cap_monthly = 0;
    }
  if (!isnan (q->lines[PS_QUOTE_EXTRAS]))
    in.extras_monthly = q->lines[PS_QUOTE_EXTRAS];
  in.advance_cost_monthly = 0;
  ps_portage_compute (p, &in, &out->portage);

  out->ours[PS_QUOTE_FEE] = ps_portage_fee (&in, q->revenue);
  out->ours[PS_QUOTE_EXTRAS] = in.extras_monthly;
  out->ours[PS_QUOTE_EMPLOYER] = r->employer_contributions;
  out->ours[PS_QUOTE_GROSS] = r->gross;
  out->ours[PS_QUOTE_EMPLOYEE] = r->employee_contributions;
  out->ours[PS_QUOTE_NET_BEFORE_TAX] = r->net_before_tax;
  out->ours[PS_QUOTE_NET_AFTER_TAX] = r->net_after_tax;
  for (int i = 0; i < PS_N_QUOTE_LINES; i++)
    out->gap[i] = q->lines[i] - out->ours[i];   /* NAN stays NAN */

  /* the quoted gross, by the law */
  gross = !isnan (q->lines[PS_QUOTE_GROSS]) ? q->lines[PS_QUOTE_GROSS] : r->gross;
  {
    PsPayslip slip;

    ps_payslip_compute (p, &in.profile, gross, &slip);
    out->legal_employer = slip.employer_contributions;
    out->legal_employee = slip.employee_contributions;
    out->legal_net_before_tax = slip.net_before_tax;
  }
  out->employer_excess = q->lines[PS_QUOTE_EMPLOYER] - out->legal_employer;
  out->employee_excess = q->lines[PS_QUOTE_EMPLOYEE] - out->legal_employee;
  /* the réserve of that gross, with its employer contributions */
  out->reserve_expected = gross > 0 && r->gross > 0
                            ? (r->reserve + r->reserve_employer_contributions) * gross / r->gross
                            : 0;
  if (!isnan (q->lines[PS_QUOTE_GROSS]))
    out->unexplained = q->revenue - (!isnan (q->lines[PS_QUOTE_FEE]) ? q->lines[PS_QUOTE_FEE] : out->ours[PS_QUOTE_FEE])
                       - in.extras_monthly - in.expenses_monthly
                       - (!isnan (q->lines[PS_QUOTE_EMPLOYER]) ? q->lines[PS_QUOTE_EMPLOYER] : out->legal_employer)
                       - gross - out->reserve_expected;
  else
    out->unexplained = NAN;
  out->restitution_ours = q->revenue > 0 ? r->net_before_tax / q->revenue : 0;
  out->restitution_quoted = q->revenue > 0 ? q->lines[PS_QUOTE_NET_BEFORE_TAX] / q->revenue : NAN;
}

char **
ps_quote_findings (const PsQuote      *q,
                   const PsQuoteCheck *c)
{
  GPtrArray *msgs = g_ptr_array_new ();

  if (!isnan (c->employer_excess) && c->employer_excess > QUOTE_TOLERANCE)
    {
      g_autofree char *amount = ps_format_money (c->employer_excess);
      g_autofree char *legal = ps_format_money (c->legal_employer);

      g_ptr_array_add (msgs, g_strdup_printf (_("Employer contributions %s above the legal amount for this gross (%s): ask the firm what they pay for."),
                                              amount, legal));
    }
  if (!isnan (c->employee_excess) && c->employee_excess > QUOTE_TOLERANCE)
    {
      g_autofree char *amount = ps_format_money (c->employee_excess);
      g_autofree char *legal = ps_format_money (c->legal_employee);

      g_ptr_array_add (msgs, g_strdup_printf (_("Employee contributions %s above the legal amount for this gross (%s): ask what the payslip’s extra lines are."),
                                              amount, legal));
    }
  if (!isnan (q->lines[PS_QUOTE_NET_BEFORE_TAX]) && !isnan (q->lines[PS_QUOTE_GROSS])
      && c->legal_net_before_tax - q->lines[PS_QUOTE_NET_BEFORE_TAX] > QUOTE_TOLERANCE)
    {
      g_autofree char *amount = ps_format_money (c->legal_net_before_tax - q->lines[PS_QUOTE_NET_BEFORE_TAX]);
      g_autofree char *legal = ps_format_money (c->legal_net_before_tax);

      g_ptr_array_add (msgs, g_strdup_printf (_("The net before tax is %s below what this gross leaves by law (%s)."), amount, legal));
    }
  if (!isnan (c->unexplained) && c->unexplained > QUOTE_TOLERANCE)
    {
      g_autofree char *amount = ps_format_money (c->unexplained);
      g_autofree char *reserve = ps_format_money (c->reserve_expected);

      g_ptr_array_add (msgs, g_strdup_printf (_("%s a month of the revenue is not accounted for by the fee, the extras, the gross and its contributions, nor the réserve (%s with its contributions): ask the firm where it goes."),
                                              amount, reserve));
    }
  if (!isnan (c->unexplained) && c->unexplained < -QUOTE_TOLERANCE && c->reserve_expected > 0)
    {
      g_autofree char *amount = ps_format_money (-c->unexplained);
      g_autofree char *reserve = ps_format_money (c->reserve_expected);

      g_ptr_array_add (msgs, g_strdup_printf (_("The quote spends %s a month more than the revenue leaves once the réserve (%s with its contributions) is set aside: it doesn’t provision the réserve, or counts it in the pay."),
                                              amount, reserve));
    }
  g_ptr_array_add (msgs, NULL);
  return (char **) g_ptr_array_free (msgs, FALSE);
}
