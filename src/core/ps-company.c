/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ps-company"

#include "config.h"

#include <math.h>
#include <string.h>

#include "ps-acre.h"
#include "ps-company.h"
#include "ps-money.h"

void
ps_company_inputs_init (PsCompanyInputs *in,
                        const PsParams  *p)
{
  memset (in, 0, sizeof *in);
  in->costs = p->company_running_costs;
  in->pay = -1;
  in->capital = p->eurl_capital;
  ps_employer_profile_init_portage (&in->profile);
  in->profile.headcount = 1;
  in->profile.officer = TRUE;
  ps_tax_settings_init (&in->tax);
}

double
ps_corporate_tax (const PsParams *p,
                  double          profit)
{
  if (profit <= 0)
    return 0;
  return ps_round_euros (MIN (profit, p->is_low_ceiling) * p->is_low_rate
                         + MAX (0.0, profit - p->is_low_ceiling) * p->is_rate);
}

/* Income tax on a salary-like yearly taxable income (10 % deduction). */
static double
income_after_deduction (const PsParams *p,
                        double          taxable)
{
  return MAX (0.0, taxable - ps_income_tax_salary_deduction (p, taxable));
}

static double
scale_tax (const PsParams      *p,
           const PsTaxSettings *tax,
           double               income,
           double               earned)
{
  if (tax->method == PS_TAX_RATE)
    return ps_round_euros (tax->rate * earned);
  /* the PAS neutral grid on the monthly pay, as for a salary */
  if (tax->method == PS_TAX_NEUTRAL)
    return ps_round_euros (ps_income_tax_neutral_rate (p, earned / 12) * earned);
  return ps_round_euros (ps_income_tax_bareme (p, income, tax->parts));
}

/* Dividends: prélèvements sociaux and the PFU's income-tax part, or the
 * scale with its 40 % abatement (the tax on top of the pay's). */
static void
dividends_tax (const PsParams        *p,
               const PsCompanyInputs *in,
               double                 pay_income,
               double                 subject_to_social,
               PsCompanyResult       *r)
{
  double d = r->dividends;

  r->dividend_contributions += subject_to_social * p->dividend_social_rate;
  if (d <= 0)
    return;
  if (in->dividends_bareme && in->tax.method != PS_TAX_RATE)
    {
      /* the household's scale on the pay and 60 % of the dividends, less
       * the tax on the pay alone (the PAS grid is for pay: not here) */
      double taxable = MAX (0.0, d * (1 - p->dividend_abatement_rate)
                                 - subject_to_social * p->dividend_csg_deductible_rate);

      r->dividend_income_tax = ps_round_euros (ps_income_tax_bareme (p, pay_income + taxable, in->tax.parts))
                               - ps_round_euros (ps_income_tax_bareme (p, pay_income, in->tax.parts));
      r->dividends_at_scale = TRUE;
    }
  else
    r->dividend_income_tax = d * p->pfu_ir_rate;
}

/* The SASU when the président's monthly gross is @gross. */
static void
sasu_at_gross (const PsParams        *p,
               const PsCompanyInputs *in,
               double                 gross,
               PsCompanyResult       *r)
{
  double available = in->revenue - in->costs;
  double pay_income;

  /* the figures; the payslip is written whole below, the TNS block is
   * not used by a SASU (the optimiser calls this a few dozen times) */
  memset (r, 0, G_STRUCT_OFFSET (PsCompanyResult, payslip));
  memset (&r->payslip, 0, G_STRUCT_OFFSET (PsPayslip, lines));
  memset (&r->tns, 0, G_STRUCT_OFFSET (PsTns, lines));
  r->payslip.n_lines = 0;
  r->tns.n_lines = 0;
  r->revenue = in->revenue;
  r->costs = in->costs;

  if (gross > 0)
    {
      ps_payslip_compute (p, &in->profile, gross, &r->payslip);
      r->gross = gross * 12;
      r->pay = r->payslip.employer_cost * 12;
      r->contributions = (r->payslip.employee_contributions + r->payslip.employer_contributions) * 12;
      /* the net before it stops at 0 (below) */
      r->net_pay = (gross - r->payslip.employee_contributions) * 12;
      r->taxable_pay = r->payslip.taxable_net * 12;
      if (in->acre)
        {
          double ee, er;

          ps_acre_payslip (p, &in->profile, &r->payslip, &ee, &er);
          r->acre = (ee + er) * 12;
          r->pay -= er * 12;
          r->contributions -= r->acre;
          r->net_pay += ee * 12;
          r->taxable_pay += MAX (0.0, r->net_pay) - r->payslip.net_before_tax * 12;
        }
      /* a tiny salary's employee contributions (the mutuelle's fixed
       * premium) can exceed the gross: the payslip can't withhold the
       * excess, the SASU owes it all the same (CSS art. L243-1: the
       * employer is the debtor of both shares) and bears it, a cost
       * that lowers the profit (README, Modelling assumptions) */
      if (r->net_pay < 0)
        {
          r->unwithheld = -r->net_pay;
          r->pay += r->unwithheld;
          r->net_pay = 0;
        }
    }

  r->profit = available - r->pay;
  r->corporate_tax = ps_corporate_tax (p, r->profit);
  r->dividends = MAX (0.0, r->profit - r->corporate_tax);

  pay_income = income_after_deduction (p, r->taxable_pay);
  r->income_tax = scale_tax (p, &in->tax, pay_income, r->taxable_pay);
  dividends_tax (p, in, pay_income, r->dividends, r);
  r->dividends_net = r->dividends - r->dividend_contributions - r->dividend_income_tax;
  /* the président's activity income is his net taxable pay */
  ps_csm_compute (p, r->taxable_pay, 0, r->dividends, in->csm_exempt, &r->csm);
  /* the payslip's mutuelle and prévoyance are the company's collective
   * contract; the rest of the health budget, an individual one */
  ps_health_compute (p, in->health_yearly, gross > 0 ? ps_health_payslip_yearly (&r->payslip) : 0,
                     FALSE, 0, &r->health);
  r->net_after_tax = r->net_pay - r->income_tax + r->dividends_net - r->csm.amount - r->health.paid
                     + MIN (0.0, r->profit);
}

static void
sasu_at (const PsParams        *p,
         const PsCompanyInputs *in,
         double                 pay,
         PsCompanyResult       *r)
{
  pay = CLAMP (pay, 0.0, MAX (0.0, in->revenue - in->costs));
  sasu_at_gross (p, in, ps_payslip_solve_gross (p, &in->profile, pay / 12, 1.0), r);
}

/* The EURL at the IS when the company pays the gérant @pay, his income
 * before contributions (2025 reform: the base is this income less 26 %;
 * nothing is circular). */
static void
eurl_at (const PsParams        *p,
         const PsCompanyInputs *in,
         double                 pay,
         PsCompanyResult       *r)
{
  double available = in->revenue - in->costs;
  double threshold, excess, taxable, pay_income;
  PsTns with_dividends;

  if (in->ir)
    {
      /* The profit before contributions is the manager's income: the
       * contributions on it, then the scale on the profit less its
       * deductible contributions (no 10 % deduction). */
      memset (r, 0, sizeof *r);
      r->revenue = in->revenue;
      r->costs = in->costs;
      r->profit = available;
      ps_tns_compute (p, available, &r->tns);
      r->acre = in->acre ? ps_acre_tns (p, &r->tns) : 0;
      r->pay = available;
      r->contributions = r->tns.total - r->acre;
      r->net_pay = available - r->contributions;
      r->taxable_pay = available - r->tns.deductible + r->acre;
      /* Madelin premiums: deducted from the profit for the income tax,
       * not from the base of the contributions */
      ps_health_compute (p, in->health_yearly, 0, TRUE, r->taxable_pay, &r->health);
      taxable = r->taxable_pay - r->health.deductible;
      r->income_tax = scale_tax (p, &in->tax, MAX (0.0, taxable), taxable);
      ps_csm_compute (p, r->taxable_pay, ps_tns_lowest_minimum_base (p), 0, in->csm_exempt, &r->csm);
      r->net_after_tax = r->net_pay - r->income_tax - r->csm.amount - r->health.paid;
      return;
    }

  /* the figures; the TNS block is written whole below, the payslip is not
   * used by an EURL (the optimiser calls this a few dozen times) */
  memset (r, 0, G_STRUCT_OFFSET (PsCompanyResult, payslip));
  memset (&r->payslip, 0, G_STRUCT_OFFSET (PsPayslip, lines));
  r->payslip.n_lines = 0;
  r->revenue = in->revenue;
  r->costs = in->costs;

  /* the remuneration is the input, to the cent: the company pays it */
  r->pay = CLAMP (ps_round_cents (pay), 0.0, MAX (0.0, available));
  ps_tns_compute (p, r->pay, &r->tns);
  r->acre = in->acre ? ps_acre_tns (p, &r->tns) : 0;
  r->contributions = r->tns.total - r->acre;
  r->net_pay = r->pay - r->contributions;
  r->taxable_pay = r->pay - r->tns.deductible + r->acre;

  r->profit = available - r->pay;
  r->corporate_tax = ps_corporate_tax (p, r->profit);
  r->dividends = MAX (0.0, r->profit - r->corporate_tax);

  /* Dividends above 10 % of the capital are added to the income before
   * contributions (CSS L131-6), the rest bears the prélèvements sociaux. */
  threshold = p->tns_dividend_threshold * in->capital;
  excess = MAX (0.0, r->dividends - threshold);
  if (excess > 0)
    {
      ps_tns_compute (p, r->pay + excess, &with_dividends);
      r->dividend_contributions = with_dividends.total - r->tns.total;
    }

  /* the gérant's Madelin premiums: deducted from his remuneration (CGI
   * art. 62 and 154 bis) within the ceiling, not from the base of his
   * contributions */
  ps_health_compute (p, in->health_yearly, 0, TRUE, r->taxable_pay, &r->health);
  taxable = r->taxable_pay - r->health.deductible;
  pay_income = income_after_deduction (p, taxable);
  r->income_tax = scale_tax (p, &in->tax, pay_income, taxable);
  dividends_tax (p, in, pay_income, MIN (r->dividends, threshold), r);
  r->dividends_net = r->dividends - r->dividend_contributions - r->dividend_income_tax;
  /* the dividends above the threshold are activity income, those below
   * capital income */
  ps_csm_compute (p, r->taxable_pay + excess, ps_tns_lowest_minimum_base (p), MIN (r->dividends, threshold),
                  in->csm_exempt, &r->csm);
  r->net_after_tax = r->net_pay - r->income_tax + r->dividends_net - r->csm.amount - r->health.paid
                     + MIN (0.0, r->profit);
}

typedef void (*AtFunc) (const PsParams *, const PsCompanyInputs *, double, PsCompanyResult *);

/* The pay that maximises the net after tax. The curve is made of linear
 * (SASU) or quadratic (TNS progressive rates) pieces with kinks at the tax
 * brackets, the IS threshold and the ceilings, so it is not concave: a
 * grid finds the best cell, then a golden-section search in the cells on
 * either side; the best point seen wins. */
static void
optimise (const PsParams        *p,
          const PsCompanyInputs *in,
          AtFunc                 at,
          double                 top,
          PsCompanyResult       *out)
{
  const int n = 12;
  const double phi = 0.6180339887498949;
  double best = 0, best_net = -G_MAXDOUBLE;
  double lo, hi, a, b, fa, fb;
  PsCompanyResult r;
  int best_i = 0;

#define EVAL(x, f) G_STMT_START { at (p, in, (x), &r); (f) = r.net_after_tax; \
                                   if ((f) > best_net) { best_net = (f); best = (x); } } G_STMT_END

  for (int i = 0; i <= n; i++)
    {
      double f, before = best_net;

      EVAL (top * i / n, f);
      if (best_net > before)
        best_i = i;
    }
  lo = top * MAX (0, best_i - 1) / n;
  hi = top * MIN (n, best_i + 1) / n;
  a = hi - phi * (hi - lo);
  b = lo + phi * (hi - lo);
  EVAL (a, fa);
  EVAL (b, fb);
  /* down to a few euros: the net moves by cents there */
  while (hi - lo > 3.0)
    {
      if (fa >= fb)
        {
          hi = b, b = a, fb = fa;
          a = hi - phi * (hi - lo);
          EVAL (a, fa);
        }
      else
        {
          lo = a, a = b, fa = fb;
          b = lo + phi * (hi - lo);
          EVAL (b, fb);
        }
    }
#undef EVAL

  at (p, in, best, out);
  out->optimised = TRUE;
}

/* the optimiser's variable for the SASU: the monthly gross, to the cent */
static void
sasu_at_gross_cents (const PsParams        *p,
                     const PsCompanyInputs *in,
                     double                 gross,
                     PsCompanyResult       *r)
{
  sasu_at_gross (p, in, ps_round_cents (gross), r);
}

void
ps_sasu_compute (const PsParams        *p,
                 const PsCompanyInputs *in,
                 PsCompanyResult       *out)
{
  if (in->pay < 0)
    {
      /* search on the gross, whose cost is explicit: no solving inside */
      double top = ps_payslip_solve_gross (p, &in->profile, MAX (0.0, in->revenue - in->costs) / 12, 1.0);

      optimise (p, in, sasu_at_gross_cents, top, out);
      /* the ACRE only spares contributions: the best split without it,
       * with it, is a candidate the search may miss (the net jumps where
       * a payslip starts, and is not concave) */
      if (in->acre)
        {
          PsCompanyInputs plain = *in;
          g_autofree PsCompanyResult *r = g_new (PsCompanyResult, 1);

          plain.acre = FALSE;
          optimise (p, &plain, sasu_at_gross_cents, top, r);
          sasu_at_gross_cents (p, in, r->gross / 12, r);
          if (r->net_after_tax > out->net_after_tax)
            {
              *out = *r;
              out->optimised = TRUE;
            }
        }
    }
  else
    sasu_at (p, in, in->pay, out);
}

void
ps_eurl_compute (const PsParams        *p,
                 const PsCompanyInputs *in,
                 PsCompanyResult       *out)
{
  if (in->pay < 0 && !in->ir)
    {
      /* search on the remuneration: its contributions are explicit */
      double top = MAX (0.0, in->revenue - in->costs);

      if (top > 0)
        {
          optimise (p, in, eurl_at, top, out);
          /* as the SASU: the best split without the ACRE, with it */
          if (in->acre)
            {
              PsCompanyInputs plain = *in;
              g_autofree PsCompanyResult *r = g_new (PsCompanyResult, 1);

              plain.acre = FALSE;
              optimise (p, &plain, eurl_at, top, r);
              eurl_at (p, in, r->pay, r);
              if (r->net_after_tax > out->net_after_tax)
                {
                  *out = *r;
                  out->optimised = TRUE;
                }
            }
        }
      else
        {
          eurl_at (p, in, 0, out);
          out->optimised = TRUE;
        }
    }
  else
    eurl_at (p, in, in->pay, out);
}

void
ps_company_curve (const PsParams        *p,
                  const PsCompanyInputs *in,
                  gboolean               eurl,
                  int                    n,
                  double                *pay,
                  double                *net)
{
  double top = MAX (0.0, in->revenue - in->costs);
  PsCompanyResult r;

  for (int i = 0; i < n; i++)
    {
      double x = n > 1 ? top * i / (n - 1) : 0;

      if (eurl)
        eurl_at (p, in, x, &r);
      else
        sasu_at (p, in, x, &r);
      if (pay)
        pay[i] = x;
      if (net)
        net[i] = r.net_after_tax;
    }
}
