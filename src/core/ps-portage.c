/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ps-portage"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "ps-money.h"
#include "ps-portage.h"

void
ps_portage_inputs_init (PsPortageInputs *in,
                        const PsParams  *p)
{
  memset (in, 0, sizeof *in);
  in->tjm = 0;
  in->days_per_month = 200.0 / 12.0;
  in->fee_model = PS_FEE_PERCENT_REVENUE;
  in->fee_rate = p->default_fee_rate;
  in->reserve = TRUE;
  in->level = PS_LEVEL_SENIOR;
  ps_employer_profile_init_portage (&in->profile);
  ps_tax_settings_init (&in->tax);
}

static double
bands_fee (const PsFeeBands *b,
           double            revenue)
{
  double fee = 0, lower = 0;

  for (int i = 0; i < b->n_bands; i++)
    {
      double upper = i == b->n_bands - 1 ? G_MAXDOUBLE : b->upto[i];

      if (!b->marginal)
        {
          /* the whole revenue at the rate of the band it reaches */
          if (revenue <= upper)
            return revenue * b->rate[i];
          continue;
        }
      if (revenue > lower)
        fee += (MIN (revenue, upper) - lower) * b->rate[i];
      lower = upper;
    }
  return fee;
}

double
ps_portage_fee (const PsPortageInputs *in,
                double                 revenue)
{
  double fees;

  if (in->fee_model == PS_FEE_FLAT && in->bands == NULL)
    return MIN (in->fee_flat_monthly, revenue);
  if (in->bands != NULL && in->bands->n_bands > 0)
    fees = bands_fee (in->bands, in->fee_model == PS_FEE_PERCENT_NET_OF_EXPENSES
                                   ? MAX (0.0, revenue - in->expenses_monthly) : revenue);
  else if (in->fee_model == PS_FEE_PERCENT_NET_OF_EXPENSES)
    fees = MAX (0.0, revenue - in->expenses_monthly) * in->fee_rate;
  else
    fees = revenue * in->fee_rate;
  if (in->fee_floor_monthly > 0)
    fees = MAX (fees, in->fee_floor_monthly);
  if (in->fee_cap_monthly > 0)
    fees = MIN (fees, in->fee_cap_monthly);
  return fees;
}

/* what the firm keeps: its fee, the extras, the advance's cost */
static double
fees_of (const PsPortageInputs *in,
         double                 revenue)
{
  return ps_portage_fee (in, revenue) + in->extras_monthly + in->advance_cost_monthly;
}

/* Gross per euro of base: base + IAA, then paid leave on both. */
static double
gross_factor (const PsParams *p)
{
  return (1 + p->portage_iaa_rate) * (1 + p->portage_paid_leave_rate);
}

static void
compute_core (const PsParams        *p,
              const PsPortageInputs *in,
              PsPortageResult       *out)
{
  double factor = gross_factor (p);
  /* a CDD's end-of-contract indemnity is due by law (C. trav. L1243-8),
   * whatever --no-reserve says */
  double reserve_rate = in->reserve || in->cdd ? p->portage_reserve_rate : 0;
  /* Each euro of gross carries reserve_rate/factor € of réserve (10 % of
   * the base salary, CCN art. 21), or in a CDD reserve_rate € of
   * end-of-contract indemnity (10 % of the whole gross, C. trav. L1243-8),
   * provisioned with the same employer contributions as the pay. */
  double deferred_per_gross = in->cdd ? reserve_rate : reserve_rate / factor;
  double cost_factor = 1 + deferred_per_gross;
  double employer_share;
  double tax_yearly;

  memset (out, 0, sizeof *out);
  out->revenue = in->tjm * in->days_per_month;
  out->fees = fees_of (in, out->revenue);
  out->available = out->revenue - out->fees;
  out->expenses = in->expenses_monthly;
  out->envelope = out->available - out->expenses;

  out->gross = ps_payslip_solve_gross (p, &in->profile, out->envelope, cost_factor);
  /* no salary, no payslip (not even the mutuelle) */
  if (out->gross > 0)
    ps_payslip_compute (p, &in->profile, out->gross, &out->payslip);

  /* The payslip shows cents: round the base, derive the others from it so
   * that the three parts add up to the gross exactly. */
  out->base = ps_round_cents (out->gross / factor);
  out->iaa = ps_round_cents (out->base * p->portage_iaa_rate);
  out->paid_leave = out->gross - out->base - out->iaa;
  out->employee_contributions = out->payslip.employee_contributions;
  out->employer_contributions = out->payslip.employer_contributions;
  out->employer_cost = out->payslip.employer_cost;

  employer_share = out->gross > 0 ? out->employer_contributions / out->gross : 0;
  out->reserve = out->gross * deferred_per_gross;
  out->reserve_employer_contributions = out->reserve * employer_share;
  out->unpaid = MAX (0.0, out->envelope - out->employer_cost - out->reserve
                          - out->reserve_employer_contributions);

  out->net_before_tax = out->payslip.net_before_tax;
  out->taxable_net = out->payslip.taxable_net;
  tax_yearly = ps_income_tax_on_salary (p, &in->tax, out->taxable_net, &out->tax_rate);
  out->income_tax = tax_yearly / 12;
  out->net_after_tax = out->net_before_tax - out->income_tax;

  /* the réserve once paid: a salary like the month's, so the same
   * employee rate and the same share taxable, and the income tax of the
   * year with it */
  if (out->gross > 0 && out->reserve > 0)
    {
      double tax_with;

      out->reserve_employee_contributions = out->reserve * (out->employee_contributions / out->gross);
      out->reserve_net = out->reserve - out->reserve_employee_contributions;
      out->reserve_taxable = out->reserve * (out->taxable_net / out->gross);
      tax_with = ps_income_tax_on_salary (p, &in->tax, out->taxable_net + out->reserve_taxable, NULL);
      out->reserve_income_tax = (tax_with - tax_yearly) / 12;
      out->reserve_net_after_tax = out->reserve_net - out->reserve_income_tax;
    }
  /* expenses are reimbursed out of the revenue: never more than what the
   * fee leaves (the rest stays at the consultant's expense) */
  out->expenses_reimbursed = MIN (out->expenses, MAX (0.0, out->available));
  out->take_home = out->net_after_tax + out->expenses_reimbursed;
}

void
ps_portage_compute (const PsParams        *p,
                    const PsPortageInputs *in,
                    PsPortageResult       *out)
{
  double full_month = p->portage_forfait_days / 12.0;

  compute_core (p, in, out);

  out->minimum_gross = ps_round_cents (p->portage_level_rate[in->level] * p->portage_pss_2017_monthly
                                       * MIN (1.0, in->days_per_month / full_month));

  if (out->envelope <= 0)
    out->warnings |= PS_PORTAGE_WARN_NO_ENVELOPE;
  if (out->gross + 0.005 < out->minimum_gross && in->days_per_month > 0)
    {
      PsPortageInputs probe = *in;
      PsPortageResult r;
      double lo = in->tjm, hi = MAX (in->tjm, 1) * 2;

      out->warnings |= PS_PORTAGE_WARN_BELOW_MINIMUM;
      /* The TJM that meets the minimum, by bisection on whole euros,
       * within the day rates a user can type; none when the fee grows as
       * fast as the revenue (100 %, or flat above it). */
      for (int i = 0; i < 40 && hi <= PS_PORTAGE_MAX_TJM; i++)
        {
          probe.tjm = hi;
          compute_core (p, &probe, &r);
          if (r.gross >= out->minimum_gross)
            break;
          lo = hi;
          hi *= 2;
        }
      probe.tjm = MIN (hi, PS_PORTAGE_MAX_TJM);
      compute_core (p, &probe, &r);
      if (r.gross < out->minimum_gross)
        hi = lo = 0;
      while (hi - lo > 0.5)
        {
          probe.tjm = (lo + hi) / 2;
          compute_core (p, &probe, &r);
          if (r.gross >= out->minimum_gross)
            hi = probe.tjm;
          else
            lo = probe.tjm;
        }
      out->minimum_tjm = ceil (hi);
    }
  out->expenses_cap_rate = p->portage_expenses_cap_rate;
  if (out->gross > 0 && out->expenses > p->portage_expenses_cap_rate * out->gross)
    out->warnings |= PS_PORTAGE_WARN_EXPENSES_CAP;
  if (out->expenses > out->expenses_reimbursed + 0.005)
    out->warnings |= PS_PORTAGE_WARN_EXPENSES_ABOVE_REVENUE;
  if (out->unpaid >= 1.0)
    out->warnings |= PS_PORTAGE_WARN_UNPAID;
}

char **
ps_portage_warning_messages (const PsPortageResult *r,
                             const PsPortageInputs *in)
{
  GPtrArray *msgs = g_ptr_array_new ();
  g_autofree char *gross = ps_format_money (r->gross);
  g_autofree char *minimum = ps_format_money (r->minimum_gross);
  g_autofree char *unpaid = ps_format_money (r->unpaid);
  g_autofree char *tjm = ps_format_money_prose (r->minimum_tjm);
  g_autofree char *expenses = ps_format_money (r->expenses);
  g_autofree char *cap = ps_format_percent (r->expenses_cap_rate * 100, 0);

  if (r->warnings & PS_PORTAGE_WARN_NO_ENVELOPE)
    g_ptr_array_add (msgs, g_strdup (_("The management fee and the expenses take the whole revenue: nothing is left to pay a salary.")));
  if ((r->warnings & PS_PORTAGE_WARN_BELOW_MINIMUM) && r->minimum_tjm > 0)
    g_ptr_array_add (msgs, g_strdup_printf (_("The day rate is too low: the gross salary (%s) is below the convention minimum for this level (%s for the days billed). A day rate of at least %s is needed."),
                                            gross, minimum, tjm));
  else if (r->warnings & PS_PORTAGE_WARN_BELOW_MINIMUM)
    g_ptr_array_add (msgs, g_strdup_printf (_("The gross salary (%s) is below the convention minimum for this level (%s for the days billed), and no day rate can reach it with this management fee."),
                                            gross, minimum));
  if (r->warnings & PS_PORTAGE_WARN_EXPENSES_CAP)
    g_ptr_array_add (msgs, g_strdup_printf (_("Expenses of %s exceed %s of the gross salary, the usual limit of portage firms."), expenses, cap));
  if (r->warnings & PS_PORTAGE_WARN_EXPENSES_ABOVE_REVENUE)
    {
      g_autofree char *reimbursed = ps_format_money (r->expenses_reimbursed);

      g_ptr_array_add (msgs, g_strdup_printf (_("Expenses of %s exceed what the revenue leaves after the management fee: at most %s can be reimbursed, the rest stays at your expense."),
                                              expenses, reimbursed));
    }
  if (r->warnings & PS_PORTAGE_WARN_UNPAID)
    g_ptr_array_add (msgs, g_strdup_printf (_("%s of the envelope cannot be paid as salary this month (an employer relief stops at this pay level, so a little more gross would cost more than the envelope); it stays on your activity account."), unpaid));
  g_ptr_array_add (msgs, NULL);
  return (char **) g_ptr_array_free (msgs, FALSE);
}

void
ps_cdi_compute (const PsParams          *p,
                const PsEmployerProfile *profile,
                const PsTaxSettings     *tax,
                double                   gross_yearly,
                PsCdiResult             *out)
{
  double monthly = gross_yearly / 12;

  memset (out, 0, sizeof *out);
  ps_payslip_compute (p, profile, monthly, &out->payslip);
  out->gross_yearly = monthly * 12;
  out->employer_cost_yearly = out->payslip.employer_cost * 12;
  out->net_before_tax_yearly = out->payslip.net_before_tax * 12;
  out->income_tax_yearly = ps_income_tax_on_salary (p, tax, out->payslip.taxable_net, &out->tax_rate);
  out->net_after_tax_yearly = out->net_before_tax_yearly - out->income_tax_yearly;
}

double
ps_cdi_esn_gross_yearly (const PsParams          *p,
                         const PsEmployerProfile *profile,
                         double                   tjm,
                         double                   days_per_year,
                         double                   margin_rate)
{
  double cost_monthly = tjm * days_per_year * (1 - margin_rate) / 12;
  double gross = ps_round_cents (ps_payslip_solve_gross (p, profile, cost_monthly, 1.0) * 12);

  /* no ESN pays less than the legal floor, whatever it bills */
  return MAX (gross, ps_cdi_floor_monthly (p, profile) * 12);
}

double
ps_cdi_floor_monthly (const PsParams          *p,
                      const PsEmployerProfile *profile)
{
  /* a cadre: the Syntec minimum of the lowest cadre position; otherwise
   * the SMIC */
  if (profile->cadre && p->cdi_floor_cadre_monthly > 0)
    return p->cdi_floor_cadre_monthly;
  return ps_round_cents (p->smic_hourly * p->smic_monthly_hours);
}
