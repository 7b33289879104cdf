/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The company sheets (SASU, EURL): live formulas from the Summary's inputs
 * and the Assumptions sheet to the net after income tax, in the engine's
 * order (ps-company.c).
 *
 * The split between the manager's pay and the dividends is what the engine
 * chose at export (the best one, or the one asked for): it stays an input
 * of the Summary, so a new day rate recomputes the company at that pay.
 * The SASU président's gross is solved from the salary's employer cost by
 * the payslip machinery of the salaried sheets (officer profile: no
 * unemployment insurance, no employer reduction). The EURL gérant's revenu
 * professionnel is defined by itself (its contributions depend on it): the
 * sheet finds it as the engine does, the largest revenu to the cent whose
 * remuneration fits, by bisection on whole cents; every TNS line is a
 * formula rounded to the euro (ps-tns.c). */
#define G_LOG_DOMAIN "ps-xlsx"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ps-xlsx-company.h"
#include "ps-xlsx-split-search.h"

void
ps_xlsx_co_label (PsXlsx     *x,
       int         row,
       const char *text)
{
  ps_sheet_string (x->current, row, 0, text, x->fmt.label);
}

/* dividends at the scale (an option, not with a personal rate) */
gboolean
ps_xlsx_co_dividends_on_scale (PsXlsx *x)
{
  const PsScenario *sc = &x->c->scenario;

  return sc->dividends_bareme && sc->tax.method != PS_TAX_RATE;
}

const char *
ps_xlsx_co_dividends_text (PsXlsx *x)
{
  return ps_xlsx_co_dividends_on_scale (x)
         /* xgettext:no-c-format */
         ? _("the progressive scale (40% abatement)")
         : _("the flat tax (PFU)");
}

/* the yearly income tax on the manager's pay: a personal rate on the
 * earned income, the PAS neutral grid on the monthly pay (as for a
 * salary), or the scale */
const char *
ps_xlsx_co_tax_text (PsXlsx *x)
{
  switch (x->c->scenario.tax.method)
    {
    case PS_TAX_RATE: return _("personal rate");
    case PS_TAX_NEUTRAL: return _("neutral rate of the withholding tax");
    case PS_TAX_BAREME:
    default: return _("progressive scale");
    }
}

/* ------------------------------------------------------------ shared rows */

PsCoHead
ps_xlsx_co_write_head (PsXlsx  *x,
            PsStatus status,
            int      row)
{
  PsCoHead h;

  h.revenue = ps_xlsx_money_row_yearly (x, status, row, _("Revenue excl. VAT (day rate × days billed)"),
                                        ps_x_mul (x, nm (x, "tjm"), nm (x, "days_per_year")), FALSE,
                                        NULL, "revenue_yearly", NULL);
  h.costs = ps_xlsx_money_row_yearly (x, status, row + 1, _("− Running costs (accountant, bank, insurance; Summary)"),
                                      nm (x, "company_running_costs_yearly"), FALSE, NULL, "costs_yearly", NULL);
  h.expenses = ps_xlsx_money_row_yearly (x, status, row + 2, _("− Professional expenses (deducted by the company)"),
                                         ps_x_mul (x, nm (x, "expenses_monthly"), n (x, 12)), FALSE, NULL,
                                         "expenses_yearly", NULL);
  h.available = ps_xlsx_money_row_yearly (x, status, row + 3, _("= Available for the manager’s pay and the profit"),
                                          ps_x_sub (x, cell (x, h.revenue), ps_x_add (x, cell (x, h.costs), cell (x, h.expenses))),
                                          TRUE, NULL, NULL, NULL);
  return h;
}

/* the pay asked for (an input), within [0, what is available] */
PsX
ps_xlsx_co_clamp_pay_x (PsXlsx     *x,
             const char *input,
             PsCell      available)
{
  return ps_x_min (x, ps_x_max (x, ps_xlsx_split_pay_x (x, input), n (x, 0)), ps_x_max (x, n (x, 0), cell (x, available)));
}

/* IS: 15 % up to its ceiling, 25 % above, to the euro; none on a loss */
PsX
ps_xlsx_co_corporate_tax_x (PsXlsx *x,
                 PsX     profit)
{
  PsX ceiling = nm (x, "is_low_ceiling");

  return ps_x_if (x, ps_x_cmp (x, profit, "<=", n (x, 0)), n (x, 0),
                  ps_x_round (x, ps_x_add (x, ps_x_mul (x, ps_x_min (x, profit, ceiling), nm (x, "is_low_rate_pct")),
                                           ps_x_mul (x, ps_x_max (x, n (x, 0), ps_x_sub (x, profit, ceiling)),
                                                     nm (x, "is_rate_pct"))),
                              0));
}

/* MAX (MIN (income × rate, max), min): the 10 % deduction */
PsX
ps_xlsx_co_deduction_x (PsXlsx *x,
             PsX     income)
{
  return ps_x_max (x, ps_x_min (x, ps_x_mul (x, income, nm (x, "deduction_pct")), nm (x, "deduction_max")),
                   nm (x, "deduction_min"));
}

int
ps_xlsx_co_yearly_tax_rows (PsXlsx *x)
{
  switch (x->c->scenario.tax.method)
    {
    case PS_TAX_RATE: return 2;
    case PS_TAX_NEUTRAL: return 3;
    case PS_TAX_BAREME:
    default: return ps_xlsx_scale_rows () + 1;
    }
}

/* The household's income tax of the year on @income (net taxable) on the
 * scale, to the euro, from *@row (which advances): its cell. */
PsCell
ps_xlsx_co_write_scale_tax (PsXlsx     *x,
                 int        *row,
                 PsX         income,
                 const char *what)
{
  PsCell scale = ps_xlsx_write_scale (x, row, income);

  return ps_xlsx_tax_line (x, row, what, ps_x_round (x, cell (x, scale), 0), x->fmt.money_total);
}

/* The income tax of the year on the manager's pay: on @income (net
 * taxable) on the scale, or on @earned (yearly) at the personal rate or at
 * the PAS neutral rate of a twelfth of it, to the euro (ps-company.c's
 * scale_tax), from *@row (which advances): its cell. */
PsCell
ps_xlsx_co_write_yearly_tax (PsXlsx     *x,
                  int        *row,
                  PsX         income,
                  PsX         earned,
                  const char *what)
{
  PsCell rate, monthly;

  switch (x->c->scenario.tax.method)
    {
    case PS_TAX_RATE:
      rate = ps_xlsx_tax_line (x, row, _("Personal rate (Summary)"), nm (x, "tax_rate"), x->fmt.rate);
      break;
    case PS_TAX_NEUTRAL:
      monthly = ps_xlsx_tax_line (x, row, _("Taxable pay per month (a twelfth of the year)"),
                                  ps_x_div (x, earned, n (x, 12)), x->fmt.money);
      rate = ps_xlsx_tax_line (x, row, _("Neutral rate for this monthly pay (grid on the Assumptions sheet)"),
                               ps_xlsx_neutral_rate_x (x, ps_x_max (x, n (x, 0), cell (x, monthly))), x->fmt.percent);
      break;
    case PS_TAX_BAREME:
    default:
      return ps_xlsx_co_write_scale_tax (x, row, income, what);
    }
  return ps_xlsx_tax_line (x, row, what, ps_x_round (x, ps_x_mul (x, cell (x, rate), earned), 0), x->fmt.money_total);
}

int
ps_xlsx_co_dividend_tax_rows (PsXlsx *x)
{
  /* taxable dividends, the income with them, its tax (and the tax on the
   * pay alone, when the pay's is the neutral rate's), the difference */
  int scale_tax_rows = ps_xlsx_scale_rows () + 1;

  if (!ps_xlsx_co_dividends_on_scale (x))
    return 1;
  return 2 + scale_tax_rows * (x->c->scenario.tax.method == PS_TAX_NEUTRAL ? 2 : 1) + 1;
}

/* The dividends' income tax: the PFU's income-tax part, or the household's
 * scale on the income with the taxable dividends (40 % abatement, less the
 * deductible CSG of the dividends that bore the prélèvements sociaux)
 * minus the scale's tax on the income alone (@pay_tax, on @pay_income;
 * computed here when the pay's tax is the neutral rate's). Rows from
 * *@row (which advances); returns the tax's cell. */
PsCell
ps_xlsx_co_write_dividend_tax (PsXlsx *x,
                    int    *row,
                    PsCell  dividends,
                    PsX     subject_to_social,
                    PsCell  pay_income,
                    PsCell  pay_tax)
{
  PsX d = cell (x, dividends);
  PsCell taxable, with, with_tax;

  if (!ps_xlsx_co_dividends_on_scale (x))
    return ps_xlsx_tax_line (x, row, _("Dividends: the PFU’s income-tax part (its rate × the dividends)"),
                             ps_x_mul (x, d, nm (x, "pfu_ir_pct")), x->fmt.money_total);

  taxable = ps_xlsx_tax_line (x, row,
                              /* xgettext:no-c-format */
                              _("Taxable dividends: less the 40% abatement and the deductible CSG"),
                              ps_x_max (x, n (x, 0),
                                        ps_x_sub (x, ps_x_mul (x, d, ps_x_sub (x, n (x, 1), nm (x, "dividend_abatement_pct"))),
                                                  ps_x_mul (x, subject_to_social, nm (x, "dividend_csg_deductible_pct")))),
                              x->fmt.money);
  with = ps_xlsx_tax_line (x, row, _("Net taxable income with the dividends"),
                           ps_x_add (x, cell (x, pay_income), cell (x, taxable)), x->fmt.money);
  with_tax = ps_xlsx_co_write_scale_tax (x, row, cell (x, with), _("Income tax with the dividends, to the euro"));
  /* the PAS grid is for pay: the dividends' tax is the scale's alone */
  if (x->c->scenario.tax.method == PS_TAX_NEUTRAL)
    pay_tax = ps_xlsx_co_write_scale_tax (x, row, cell (x, pay_income), _("Income tax without the dividends, on the scale, to the euro"));
  return ps_xlsx_tax_line (x, row, _("Dividends: the tax they add"),
                           ps_x_sub (x, cell (x, with_tax), cell (x, pay_tax)), x->fmt.money_total);
}

/* ------------------------------------------------------------ CSM */

/* The cotisation subsidiaire maladie (ps-csm.c) of the manager, from *@row
 * (which advances): his activity income @activity (@what says which; in
 * the formula not below @floor), his capital income @capital. Returns its
 * cell. */
PsCell
ps_xlsx_co_write_csm (PsXlsx     *x,
           int        *row,
           const char *what,
           PsX         activity,
           PsX         floor,
           PsX         capital)
{
  PsSheet *s = x->current;
  PsX pass = ps_x_mul (x, nm (x, "pss_monthly"), n (x, 12));
  PsCell r, r_kept, a, a_kept, low, high, liable;

  ps_sheet_string (s, (*row)++, 0, _("Cotisation subsidiaire maladie (CSM, “taxe PUMa”)"), x->fmt.section);
  r = ps_xlsx_tax_line (x, row, what, activity, x->fmt.money);
  r_kept = ps_xlsx_tax_line (x, row, _("R in the formula (a travailleur indépendant: not below his lowest minimum base)"),
                             ps_x_max (x, ps_x_max (x, n (x, 0), cell (x, r)), floor), x->fmt.money);
  a = ps_xlsx_tax_line (x, row, _("Capital income (A): the dividends bearing the prélèvements sociaux"), capital,
                        x->fmt.money);
  a_kept = ps_xlsx_tax_line (x, row, _("A in the formula (within 8 PASS)"),
                             ps_x_min (x, ps_x_max (x, n (x, 0), cell (x, a)),
                                       ps_x_mul (x, nm (x, "csm_capital_cap_pass"), pass)),
                             x->fmt.money);
  low = ps_xlsx_tax_line (x, row, /* xgettext:no-c-format */
                          _("Due when R is below (20% of the PASS)"),
                          ps_x_mul (x, nm (x, "csm_activity_threshold_pass_pct"), pass), x->fmt.money);
  high = ps_xlsx_tax_line (x, row, /* xgettext:no-c-format */
                          _("…and A above (50% of the PASS)"),
                           ps_x_mul (x, nm (x, "csm_capital_threshold_pass_pct"), pass), x->fmt.money);
  liable = ps_xlsx_tax_line (x, row, _("Due (the household not exempt on the Summary): 1 = yes"),
                             ps_x_if (x, ps_x_and (x, ps_x_and (x, ps_x_cmp (x, nm (x, "csm_exempt"), "=", n (x, 0)),
                                                                ps_x_cmp (x, cell (x, r), "<", cell (x, low))),
                                                   ps_x_and (x, ps_x_cmp (x, cell (x, a), ">", cell (x, high)),
                                                             ps_x_cmp (x, cell (x, r_kept), "<", cell (x, low)))),
                                      n (x, 1), n (x, 0)),
                             x->fmt.number);
  return ps_xlsx_tax_line (x, row, /* xgettext:no-c-format */
                          _("CSM: 6.5% × (A − 50% of the PASS) × (1 − R ÷ 20% of the PASS), to the cent"),
                           ps_x_if (x, ps_x_cmp (x, cell (x, liable), "=", n (x, 1)),
                                    ps_x_round (x, ps_x_mul (x, ps_x_mul (x, nm (x, "csm_pct"),
                                                                          ps_x_sub (x, cell (x, a_kept), cell (x, high))),
                                                             ps_x_sub (x, n (x, 1), ps_x_div (x, cell (x, r_kept), cell (x, low)))),
                                                2),
                                    n (x, 0)),
                           x->fmt.money_total);
}
