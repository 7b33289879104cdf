/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The SASU sheet: the président's gross solved from the salary's employer
 * cost by the payslip machinery of the salaried sheets (officer profile),
 * the corporate tax, the dividends and the income tax (ps-xlsx-company.c
 * for what both companies share). */
#define G_LOG_DOMAIN "ps-xlsx"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ps-xlsx-company.h"

/* ------------------------------------------------------------ SASU */

enum
{
  S_REVENUE,
  S_COSTS,
  S_EXPENSES,
  S_AVAILABLE,
  S_BUDGET,
  S_GROSS,
  S_EMPLOYER,
  S_PAY,
  S_EMPLOYEE,
  S_NET_PAY,
  S_PROFIT,
  S_IS,
  S_DIVIDENDS,
  S_DIV_SOCIAL,
  S_DIV_TAX,
  S_DIV_NET,
  S_PAY_TAX,
  S_CSM,
  S_HEALTH,
  S_LOSS,
  S_NET,
  S_N_ROWS
};

enum
{
  SM_TAXABLE,
  SM_CONTRIBUTIONS,
  SM_INCOME_TAX,
  SM_NET_BEFORE_TAX,
  SM_CHECK,
  SM_N_ROWS
};

static int
sasu_tax_rows (PsXlsx *x)
{
  /* title, taxable salary, deduction, net taxable, the salary's tax, the
   * dividends' */
  return 1 + 3 + ps_xlsx_co_yearly_tax_rows (x) + ps_xlsx_co_dividend_tax_rows (x);
}

void
ps_xlsx_write_sasu (PsXlsx        *x,
                    PsStatus       status,
                    PsStatusCells *out)
{
  PsSheet *s = x->status_sheet[status];
  int top = 3;
  int cas = top + 1;
  int memo = cas + S_N_ROWS + 1;
  int warn = memo + 1 + SM_N_ROWS + 1;
  int tax_row;
  int csm_row;
  int slip_row;
  int solver_row;
  PsCell c[S_N_ROWS], y[S_N_ROWS], m[SM_N_ROWS], my[SM_N_ROWS];
  PsCell Y, D, pay_income, pay_tax, div_tax, csm;
  PsPayslipCells slip = { 0 };
  PsSolvedCells solved;
  PsX G;
  PsCoHead h;
  g_autofree char *subtitle = NULL;
  g_autofree char *explain = NULL;

  x->profile = &x->officer;
  tax_row = warn + 2 + 1 + 1;
  csm_row = tax_row + sasu_tax_rows (x) + 1;
  slip_row = csm_row + PS_XLSX_CO_CSM_ROWS + 1;
  solver_row = slip_row + ps_xlsx_payslip_rows (x) + 1;

  ps_sheet_begin (s);
  subtitle = g_strdup_printf (_("The président is assimilé salarié: no unemployment insurance, no employer reduction. The salary’s employer cost is an input of the Summary (the best split at export); the rest of the profit pays the corporate tax and is distributed. Income tax: %s; dividends: %s."),
                              ps_xlsx_co_tax_text (x), ps_xlsx_co_dividends_text (x));
  ps_xlsx_title (x, _("SASU: the président’s salary, the profit and the dividends"), subtitle);
  ps_xlsx_column_headers (x, top, "", _("Per month"), _("Per year"), NULL);

  h = ps_xlsx_co_write_head (x, status, cas + S_REVENUE);
  y[S_REVENUE] = h.revenue;
  y[S_COSTS] = h.costs;
  y[S_EXPENSES] = h.expenses;
  y[S_AVAILABLE] = h.available;

  /* the salary: its employer cost (the input), its gross solved below */
  y[S_BUDGET] = ps_xlsx_money_row_yearly (x, status, cas + S_BUDGET,
                                          _("Président’s salary: employer cost (Summary, within what is available)"),
                                          ps_xlsx_co_clamp_pay_x (x, "sasu_salary_yearly", h.available), FALSE, NULL, NULL,
                                          &c[S_BUDGET]);
  solved = ps_xlsx_write_solver (x, solver_row, c[S_BUDGET], NULL, _("SASU président"));
  c[S_GROSS] = ps_xlsx_money_row (x, status, cas + S_GROSS, _("Gross salary (solved at the bottom of the sheet)"),
                                  cell (x, solved.gross), FALSE, "gross_monthly", &y[S_GROSS]);
  name_cell (x, status, "gross_yearly", y[S_GROSS]);
  explain = g_strdup_printf (_("Solved, not typed: the largest gross, to the cent, whose employer cost fits the salary budget, found by bisection on whole cents (rows %d to %d), as the engine does."),
                             solver_row + 1, solver_row + ps_xlsx_solver_rows ());
  ps_sheet_comment (s, cas + S_GROSS, 1, explain);

  ps_xlsx_write_payslip (x, slip_row, c[S_GROSS], &slip);
  G = cell (x, c[S_GROSS]);
#define IF_PAID(e) ps_x_if (x, ps_x_cmp (x, G, ">", n (x, 0)), (e), n (x, 0))
  /* a tiny gross can't carry its employee contributions (the mutuelle's
   * fixed share): the payslip withholds the gross, the company pays the
   * rest (README, Modelling assumptions) */
  c[S_EMPLOYER] = ps_xlsx_money_row (x, status, cas + S_EMPLOYER, _("+ Employer contributions"),
                                     IF_PAID (ps_x_add (x, cell (x, slip.employer_total),
                                                        ps_x_max (x, n (x, 0), ps_x_sub (x, cell (x, slip.employee_total), G)))),
                                     FALSE, NULL, &y[S_EMPLOYER]);
  c[S_PAY] = ps_xlsx_money_row (x, status, cas + S_PAY, _("= Employer cost: what the company spends on the salary"),
                                IF_PAID (ps_x_add (x, G, cell (x, c[S_EMPLOYER]))), TRUE, NULL, &y[S_PAY]);
  name_cell (x, status, "pay_yearly", y[S_PAY]);
  c[S_EMPLOYEE] = ps_xlsx_money_row (x, status, cas + S_EMPLOYEE, _("− Employee contributions"),
                                     IF_PAID (ps_x_min (x, G, cell (x, slip.employee_total))), FALSE, NULL, &y[S_EMPLOYEE]);
  c[S_NET_PAY] = ps_xlsx_money_row (x, status, cas + S_NET_PAY, _("= Net salary before income tax"),
                                    IF_PAID (ps_x_sub (x, G, cell (x, c[S_EMPLOYEE]))),
                                    TRUE, NULL, &y[S_NET_PAY]);
  ps_sheet_string (s, memo, 0, _("For reference"), x->fmt.section);
  m[SM_TAXABLE] = ps_xlsx_money_row (x, status, memo + 1 + SM_TAXABLE,
                                     _("Taxable salary (+ non-deductible CSG/CRDS, employer health share, welfare above its limit)"),
                                     ps_xlsx_taxable_x (x, &slip, cell (x, c[S_NET_PAY])),
                                     FALSE, NULL, &my[SM_TAXABLE]);
#undef IF_PAID
  name_cell (x, status, "taxable_net_yearly", my[SM_TAXABLE]);

  /* the company's profit, its tax, the dividends */
  y[S_PROFIT] = ps_xlsx_money_row_yearly (x, status, cas + S_PROFIT, _("Profit before corporate tax (available − employer cost)"),
                                          ps_x_sub (x, cell (x, h.available), cell (x, y[S_PAY])), FALSE,
                                          NULL, "profit_yearly", &c[S_PROFIT]);
  y[S_IS] = ps_xlsx_money_row_yearly (x, status, cas + S_IS, _("− Corporate tax (IS), to the euro"),
                                      ps_xlsx_co_corporate_tax_x (x, cell (x, y[S_PROFIT])), FALSE, NULL, "corporate_tax_yearly",
                                      &c[S_IS]);
  y[S_DIVIDENDS] = ps_xlsx_money_row_yearly (x, status, cas + S_DIVIDENDS, _("= Dividends distributed"),
                                             ps_x_max (x, n (x, 0), ps_x_sub (x, cell (x, y[S_PROFIT]), cell (x, y[S_IS]))),
                                             TRUE, NULL, "dividends_yearly", &c[S_DIVIDENDS]);
  y[S_DIV_SOCIAL] = ps_xlsx_money_row_yearly (x, status, cas + S_DIV_SOCIAL, _("− Prélèvements sociaux on the dividends"),
                                              ps_x_mul (x, cell (x, y[S_DIVIDENDS]), nm (x, "dividend_social_pct")), FALSE,
                                              NULL, "dividend_contributions_yearly", &c[S_DIV_SOCIAL]);

  /* the income tax: the salary's, then the dividends' */
  {
    int row = tax_row;
    g_autofree char *heading = g_strdup_printf (_("Income tax: the salary (%s), the dividends (%s)"), ps_xlsx_co_tax_text (x),
                                                ps_xlsx_co_dividends_text (x));

    ps_sheet_string (s, row++, 0, heading, x->fmt.section);
    Y = ps_xlsx_tax_line (x, &row, _("Taxable salary per year"), cell (x, my[SM_TAXABLE]), x->fmt.money);
    D = ps_xlsx_tax_line (x, &row,
                          /* xgettext:no-c-format */
                          _("10% deduction for professional expenses (within its bounds)"),
                          ps_xlsx_co_deduction_x (x, cell (x, Y)), x->fmt.money);
    pay_income = ps_xlsx_tax_line (x, &row, _("Net taxable income"),
                                   ps_x_max (x, n (x, 0), ps_x_sub (x, cell (x, Y), cell (x, D))), x->fmt.money);
    pay_tax = ps_xlsx_co_write_yearly_tax (x, &row, cell (x, pay_income), cell (x, Y), _("Income tax on the salary, to the euro"));
    div_tax = ps_xlsx_co_write_dividend_tax (x, &row, y[S_DIVIDENDS], cell (x, y[S_DIVIDENDS]), pay_income, pay_tax);
    g_assert (row == tax_row + sasu_tax_rows (x));
  }
  {
    g_autofree char *text = g_strdup_printf (_("− Income tax on the dividends (%s)"), ps_xlsx_co_dividends_text (x));

    y[S_DIV_TAX] = ps_xlsx_money_row_yearly (x, status, cas + S_DIV_TAX, text, cell (x, div_tax), FALSE, NULL,
                                             "dividend_income_tax_yearly", &c[S_DIV_TAX]);
  }
  y[S_DIV_NET] = ps_xlsx_money_row_yearly (x, status, cas + S_DIV_NET, _("= Net dividends"),
                                           ps_x_sub (x, ps_x_sub (x, cell (x, y[S_DIVIDENDS]), cell (x, y[S_DIV_SOCIAL])),
                                                     cell (x, y[S_DIV_TAX])),
                                           TRUE, NULL, "dividends_net_yearly", &c[S_DIV_NET]);
  y[S_PAY_TAX] = ps_xlsx_money_row_yearly (x, status, cas + S_PAY_TAX, _("− Income tax on the salary"),
                                           cell (x, pay_tax), FALSE, NULL, NULL, &c[S_PAY_TAX]);
  {
    int row = csm_row;

    /* the président's activity income is his taxable salary */
    csm = ps_xlsx_co_write_csm (x, &row, _("Activity income (R): the taxable salary"), cell (x, my[SM_TAXABLE]), n (x, 0),
                     cell (x, y[S_DIVIDENDS]));
    g_assert (row == csm_row + PS_XLSX_CO_CSM_ROWS);
  }
  y[S_CSM] = ps_xlsx_money_row_yearly (x, status, cas + S_CSM, _("− Cotisation subsidiaire maladie (CSM, below)"),
                                       cell (x, csm), FALSE, NULL, "csm_yearly", &c[S_CSM]);
  /* the health budget less what the payslip's collective contract pays */
  y[S_HEALTH] = ps_xlsx_money_row_yearly (x, status, cas + S_HEALTH,
                                          _("− Health cover and prévoyance beyond the payslip’s (Summary’s budget − the payslip’s mutuelle and prévoyance)"),
                                          ps_x_max (x, n (x, 0),
                                                    ps_x_sub (x, ps_x_max (x, n (x, 0), ps_x_round (x, nm (x, "health_budget_yearly"), 2)),
                                                              ps_xlsx_health_payslip_x (x, &slip, G))),
                                          FALSE, NULL, "health_paid_yearly", &c[S_HEALTH]);
  y[S_LOSS] = ps_xlsx_money_row_yearly (x, status, cas + S_LOSS, _("+ Loss, if any (a negative profit)"),
                                        ps_x_min (x, n (x, 0), cell (x, y[S_PROFIT])), FALSE, NULL, NULL, &c[S_LOSS]);
  y[S_NET] = ps_xlsx_money_row_yearly (x, status, cas + S_NET, _("= Net after income tax: net salary + net dividends − CSM − health cover"),
                                       ps_x_add (x, ps_x_sub (x, ps_x_sub (x, ps_x_add (x, ps_x_sub (x, cell (x, y[S_NET_PAY]), cell (x, y[S_PAY_TAX])),
                                                                                        cell (x, y[S_DIV_NET])),
                                                                           cell (x, y[S_CSM])),
                                                              cell (x, y[S_HEALTH])),
                                                 cell (x, y[S_LOSS])),
                                       TRUE, "net_after_tax_monthly", "net_after_tax_yearly", &c[S_NET]);

  /* for reference: the status's figures */
  my[SM_CONTRIBUTIONS] = ps_xlsx_money_row_yearly (x, status, memo + 1 + SM_CONTRIBUTIONS,
                                                   _("All social contributions (the salary’s, both sides, the dividends’, the CSM)"),
                                                   ps_x_add (x, ps_x_add (x, ps_x_mul (x, ps_x_add (x, cell (x, c[S_EMPLOYEE]),
                                                                                                    cell (x, c[S_EMPLOYER])),
                                                                                       n (x, 12)),
                                                                          cell (x, y[S_DIV_SOCIAL])),
                                                             cell (x, y[S_CSM])),
                                                   FALSE, NULL, "contributions_yearly", &m[SM_CONTRIBUTIONS]);
  my[SM_INCOME_TAX] = ps_xlsx_money_row_yearly (x, status, memo + 1 + SM_INCOME_TAX,
                                                _("All income tax (the salary’s and the dividends’)"),
                                                ps_x_add (x, cell (x, y[S_PAY_TAX]), cell (x, y[S_DIV_TAX])), FALSE,
                                                NULL, "income_tax_yearly", &m[SM_INCOME_TAX]);
  my[SM_NET_BEFORE_TAX] = ps_xlsx_money_row_yearly (x, status, memo + 1 + SM_NET_BEFORE_TAX,
                                                    _("Net before income tax (net after income tax + all income tax)"),
                                                    ps_x_add (x, cell (x, y[S_NET]), cell (x, my[SM_INCOME_TAX])), FALSE,
                                                    NULL, "net_before_tax_yearly", &m[SM_NET_BEFORE_TAX]);
  ps_xlsx_co_label (x, memo + 1 + SM_CHECK, _("Check: the gross is the largest cent whose cost fits the salary budget"));
  m[SM_CHECK] = ps_xlsx_verdict (x, memo + 1 + SM_CHECK, solved.cost, solved.cost_next, c[S_GROSS], c[S_BUDGET]);
  ps_sheet_comment (s, memo + 1 + SM_CHECK, 1, explain);
  name_cell (x, status, "solver_check", m[SM_CHECK]);

  {
    PsX alerts[1] = { ps_x_cmp (x, nm (x, "sasu_salary_yearly"), ">", ps_x_max (x, n (x, 0), cell (x, h.available))) };
    const char *texts[1] = { _("The salary budget of the Summary is more than the company has: the salary takes all of it, and nothing is left to distribute.") };

    ps_xlsx_write_alerts (x, warn, 1, alerts, texts);
  }

  out->cell[PS_FIELD_REVENUE] = y[S_REVENUE];
  out->cell[PS_FIELD_COSTS] = y[S_COSTS];
  out->cell[PS_FIELD_EXPENSES] = y[S_EXPENSES];
  out->cell[PS_FIELD_CONTRIBUTIONS] = my[SM_CONTRIBUTIONS];
  out->cell[PS_FIELD_CORPORATE_TAX] = y[S_IS];
  out->cell[PS_FIELD_GROSS] = y[S_GROSS];
  out->cell[PS_FIELD_NET_BEFORE_TAX] = my[SM_NET_BEFORE_TAX];
  out->cell[PS_FIELD_INCOME_TAX] = my[SM_INCOME_TAX];
  out->cell[PS_FIELD_NET_AFTER_TAX] = y[S_NET];

  worksheet_freeze_panes (s->ws, top + 1, 1);
  ps_sheet_fit_columns (s, 0, 0, 40, 72);
  ps_sheet_set_columns (s, 1, 10, 15);
  ps_sheet_print_setup (s, TRUE);
  /* the search for the gross stays on screen, not on paper */
  worksheet_print_area (s->ws, 0, 0, solver_row - 2, 7);
  x->profile = &x->firm;
}
