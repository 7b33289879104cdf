/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The salaried statuses' sheets (portage salarial, CDI): live formulas from
 * the inputs and the rates to the net after income tax.
 *
 * The gross salary is what the engine solves for: the largest gross, to the
 * cent, whose employer cost fits a budget. The sheet does the same search,
 * in cells: a bisection on whole cents, one row per step, each row
 * computing the employer cost of its gross from the contribution lines and
 * the Assumptions sheet. It is the engine's own algorithm, so the sheet lands on
 * the engine's cent, including at the RGDU cliff (3 SMIC), where the cost
 * jumps and no gross spends the whole budget; and it follows any input.
 *
 * The payslip, the solver and the income-tax rows are shared with the
 * other status sheets (ps-xlsx-private.h): the SASU président's payslip
 * is this one with the officer's lines (x->profile). */
#define G_LOG_DOMAIN "ps-xlsx"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "ps-xlsx-salary-private.h"

/* ------------------------------------------------------------ portage */

enum
{
  P_REVENUE,
  P_FEES,
  P_AVAILABLE,
  P_EXPENSES,
  P_ENVELOPE,
  P_EMPLOYER,
  P_RESERVE,
  P_RESERVE_EMPLOYER,
  P_UNPAID,
  P_GROSS,
  P_BASE,
  P_IAA,
  P_PAID_LEAVE,
  P_EMPLOYEE,
  P_NET_BEFORE_TAX,
  P_TAX,
  P_NET_AFTER_TAX,
  P_EXPENSES_BACK,
  P_TAKE_HOME,
  P_OUT_OF_POCKET,
  P_RESERVE_PAID,
  P_NET,
  P_N_ROWS
};

enum
{
  M_COST,
  M_TAXABLE,
  M_CONTRIBUTIONS,
  M_TAX_RATE,
  M_MINIMUM,
  M_GROSS_FACTOR,
  M_COST_FACTOR,
  M_GAP,
  M_CHECK,
  M_NET_BEFORE_TAX,
  M_ELIGIBLE,
  M_RESERVE_EMPLOYEE,
  M_RESERVE_TAXABLE,
  M_TAXABLE_WITH_RESERVE,
  M_RESERVE_TAX,
  M_RESERVE_NET_AFTER_TAX,
  M_INCOME_TAX_COUNTED,
  M_N_ROWS
};

/* the offer whose terms the sheet being written has: the offer's sheet's,
 * or on the Portage sheet the scenario's current offer, or none */
static const PsOffer *
terms_offer (PsXlsx *x)
{
  return x->offer != NULL ? x->offer : x->portage_offer;
}

/* a CDD, and the réserve: the scenario's, or the offer's */
static gboolean
portage_cdd (PsXlsx *x)
{
  const PsOffer *o = terms_offer (x);

  if (o != NULL && o->has_contract)
    return o->cdd;
  return x->c->scenario.portage_cdd;
}

static PsX
reserve_x (PsXlsx *x)
{
  const PsOffer *o = terms_offer (x);

  if (o != NULL && o->has_reserve)
    return n (x, o->reserve ? 1 : 0);
  return nm (x, "reserve");
}

static PsX
fees_x (PsXlsx *x,
        PsX     revenue)
{
  if (x->offer != NULL)
    return ps_xlsx_offer_fees_x (x, revenue);
  if (x->portage_offer != NULL)
    {
      /* the current offer's terms, on the Offres sheet */
      PsX fees;

      x->offer = x->portage_offer;
      x->offer_terms = x->portage_terms;
      fees = ps_xlsx_offer_fees_x (x, revenue);
      x->offer = NULL;
      x->offer_terms = NULL;
      return fees;
    }
  return ps_xlsx_scenario_fee_x (x, revenue);
}

PsX
ps_xlsx_scenario_fee_x (PsXlsx *x,
                        PsX     revenue)
{
  const PsScenario *sc = &x->c->scenario;
  PsX fees;

  if (sc->fee_model == PS_FEE_FLAT)
    return ps_x_min (x, nm (x, "fee_flat_monthly"), revenue);
  if (sc->fee_model == PS_FEE_PERCENT_NET_OF_EXPENSES)
    fees = ps_x_mul (x, ps_x_max (x, n (x, 0), ps_x_sub (x, revenue, nm (x, "expenses_monthly"))), nm (x, "fee_rate"));
  else
    fees = ps_x_mul (x, revenue, nm (x, "fee_rate"));
  return ps_x_if (x, ps_x_cmp (x, nm (x, "fee_cap_monthly"), ">", n (x, 0)),
                  ps_x_min (x, fees, nm (x, "fee_cap_monthly")), fees);
}

static const char *
level_key (PsLevel level)
{
  switch (level)
    {
    case PS_LEVEL_FIRST: return "portage_level_first_pct";
    case PS_LEVEL_JUNIOR: return "portage_level_junior_pct";
    case PS_LEVEL_EXPERT: return "portage_level_expert_pct";
    case PS_LEVEL_SENIOR:
    default: return "portage_level_senior_pct";
    }
}

void
ps_xlsx_write_portage (PsXlsx        *x,
                       PsStatus       status,
                       PsStatusCells *out)
{
  PsSheet *s = x->offer != NULL ? x->offer_sheet : x->status_sheet[status];
  const PsScenario *sc = &x->c->scenario;
  int top = 3;
  int cas = top + 1;
  int memo = cas + P_N_ROWS + 1;
  int warn = memo + 1 + M_N_ROWS + 1;
  int slip_row = warn + 2 + N_ALERTS + 1;
  int tax_row, tax_row_reserve, solver_row;
  PsCell c[P_N_ROWS], y[P_N_ROWS], m[M_N_ROWS];
  PsCell taxable, tax_yearly, tax_rate, tax_with_reserve, rate_with_reserve;
  PsX counted;
  PsPayslipCells slip = { 0 };
  PsSolvedCells solved;
  PsX rev, gross_factor, no_envelope, below_minimum;
  g_autofree char *subtitle = NULL;
  g_autofree char *explain = NULL;

  /* the Portage sheet with the scenario's current offer: its employer
   * profile, if it has one (its cells on the Offres sheet), as on its
   * own sheet */
  if (x->offer == NULL && x->portage_offer != NULL)
    {
      x->offer_prof = x->portage_prof;
      x->offer_vm = x->portage_vm;
    }
  /* the firm's payslip (an offer's: its own profile's lines) */
  x->profile = x->offer_prof != NULL ? &x->offer_prof->slip : &x->firm;
  tax_row = slip_row + ps_xlsx_payslip_rows (x) + 1;
  /* the tax of the year with the réserve paid */
  tax_row_reserve = tax_row + ps_xlsx_tax_rows (x) + 1;
  solver_row = tax_row_reserve + ps_xlsx_tax_rows (x) + 1;
  ps_sheet_begin (s);
  subtitle = g_strdup_printf (_("Monthly amounts (a twelfth of the year) and yearly amounts. Income tax: %s. Formulas follow the Summary’s inputs and the Assumptions sheet."),
                              ps_xlsx_tax_method_text (&sc->tax));
  if (x->offer != NULL)
    {
      /* Translators: an offer's name */
      g_autofree char *title = g_strdup_printf (_("Portage offer “%s”: from the revenue to the net"), x->offer->name);

      ps_xlsx_title (x, title, subtitle);
    }
  else if (x->portage_offer != NULL)
    {
      /* Translators: the scenario's current offer's name */
      g_autofree char *title = g_strdup_printf (_("Portage salarial with the offer “%s”: from the revenue to the net"),
                                                x->portage_offer->name);
      g_autofree char *more = g_strconcat (subtitle, " ",
                                           x->portage_offer->has_profile
                                           ? _("The fee, charges, contract and employer profile are the offer’s, from its column of the Offres sheet.")
                                           : _("The fee, charges and contract are the offer’s, from its column of the Offres sheet."),
                                           NULL);

      ps_xlsx_title (x, title, more);
    }
  else
    ps_xlsx_title (x, _("Portage salarial: from the revenue to the net"), subtitle);
  ps_xlsx_column_headers (x, top, "", _("Per month"), _("Per year"), NULL);
  ps_sheet_header_row (s, top, 1);

  /* revenue → envelope: inputs only */
  rev = ps_x_mul (x, nm (x, "tjm"), ps_x_div (x, nm (x, "days_per_year"), n (x, 12)));
  c[P_REVENUE] = ps_xlsx_money_row (x, status, cas + P_REVENUE, _("Revenue excl. VAT (day rate × days billed)"), rev, FALSE,
                            "revenue_monthly", &y[P_REVENUE]);
  c[P_FEES] = ps_xlsx_money_row (x, status, cas + P_FEES, _("− Management fee"), fees_x (x, cell (x, c[P_REVENUE])), FALSE,
                         "fees_monthly", &y[P_FEES]);
  c[P_AVAILABLE] = ps_xlsx_money_row (x, status, cas + P_AVAILABLE, _("= Amount available"),
                              ps_x_sub (x, cell (x, c[P_REVENUE]), cell (x, c[P_FEES])), TRUE,
                              "available_monthly", &y[P_AVAILABLE]);
  c[P_EXPENSES] = ps_xlsx_money_row (x, status, cas + P_EXPENSES, _("− Reimbursed professional expenses"),
                             nm (x, "expenses_monthly"), FALSE, "expenses_monthly", &y[P_EXPENSES]);
  c[P_ENVELOPE] = ps_xlsx_money_row (x, status, cas + P_ENVELOPE, _("= Envelope: the employer-cost budget"),
                             ps_x_sub (x, cell (x, c[P_AVAILABLE]), cell (x, c[P_EXPENSES])), TRUE,
                             "envelope_monthly", &y[P_ENVELOPE]);

  /* the factors of the convention */
  label (s, memo + 1 + M_GROSS_FACTOR, _("Gross per euro of base salary: (1 + IAA) × (1 + paid leave)"), x->fmt.label);
  m[M_GROSS_FACTOR] = ps_sheet_formula (s, memo + 1 + M_GROSS_FACTOR, 1,
                                        ps_x_mul (x, ps_x_add (x, n (x, 1), nm (x, "portage_iaa_pct")),
                                                  ps_x_add (x, n (x, 1), nm (x, "portage_paid_leave_pct"))),
                                        x->fmt.decimal4);
  gross_factor = cell (x, m[M_GROSS_FACTOR]);
  if (portage_cdd (x))
    {
      /* a CDD: the end-of-contract indemnity, 10 % of the whole gross
       * (C. trav. L1243-8) */
      label (s, memo + 1 + M_COST_FACTOR, _("Cost factor: 1 + end-of-contract indemnity rate (CDD)"), x->fmt.label);
      /* due by law in a CDD, whatever the réserve input says */
      m[M_COST_FACTOR] = ps_sheet_formula (s, memo + 1 + M_COST_FACTOR, 1,
                                           ps_x_add (x, n (x, 1), nm (x, "portage_reserve_pct")),
                                           x->fmt.decimal4);
    }
  else
    {
      label (s, memo + 1 + M_COST_FACTOR, _("Cost factor: 1 + réserve rate / gross per euro of base"), x->fmt.label);
      m[M_COST_FACTOR] = ps_sheet_formula (s, memo + 1 + M_COST_FACTOR, 1,
                                           ps_x_add (x, n (x, 1),
                                                     ps_x_div (x, ps_x_if (x, ps_x_cmp (x, reserve_x (x), "<>", n (x, 0)),
                                                                           nm (x, "portage_reserve_pct"), n (x, 0)),
                                                               gross_factor)),
                                           x->fmt.decimal4);
    }

  /* the gross: solved in cells at the bottom of the sheet */
  solved = ps_xlsx_write_solver (x, solver_row, c[P_ENVELOPE], &m[M_COST_FACTOR], _("portage salarial"));
  label (s, cas + P_GROSS, _("= Gross salary"), x->fmt.label_total);
  c[P_GROSS] = ps_sheet_formula (s, cas + P_GROSS, 1, cell (x, solved.gross), x->fmt.money_total);
  y[P_GROSS] = ps_sheet_formula (s, cas + P_GROSS, 2, ps_x_mul (x, cell (x, c[P_GROSS]), n (x, 12)), x->fmt.money_total);
  name_cell (x, status, "gross_monthly", c[P_GROSS]);
  explain = g_strdup_printf (_("The gross salary is solved, not typed: it is the largest gross, to the cent, whose employer cost, réserve included, fits the envelope. The sheet searches it by bisection on whole cents (rows %d to %d), each step computing the employer cost of its gross from the contribution lines and the Assumptions sheet; so it follows any change of the inputs. The check below says OK when the result fits and one more cent would not. At the RGDU cliff (3 SMIC) the cost jumps: no gross then spends the whole envelope, and the rest stays on the activity account."),
                             solver_row + 1, solver_row + ps_xlsx_solver_rows ());
  ps_sheet_comment (s, cas + P_GROSS, 1, explain);

  ps_xlsx_write_payslip (x, slip_row, c[P_GROSS], &slip);
  name_cell (x, status, "welfare_monthly", slip.welfare);
  name_cell (x, status, "health_premium_monthly", slip.base[PS_BASE_HEALTH]);
  /* the health budget of the other statuses (the Summary's), when the
   * scenario leaves it to portage's payslip */
  if (x->offer == NULL && sc->health_yearly < 0)
    ps_xlsx_write_health_default (x, &slip, c[P_GROSS]);

  label (s, cas + P_BASE, _("   of which base salary"), x->fmt.label_indent);
  c[P_BASE] = ps_sheet_formula (s, cas + P_BASE, 1, ps_x_round (x, ps_x_div (x, cell (x, c[P_GROSS]), gross_factor), 2),
                                x->fmt.money);
  y[P_BASE] = ps_sheet_formula (s, cas + P_BASE, 2, ps_x_mul (x, cell (x, c[P_BASE]), n (x, 12)), x->fmt.money);
  label (s, cas + P_IAA, _("   of which business contribution indemnity (IAA)"), x->fmt.label_indent);
  c[P_IAA] = ps_sheet_formula (s, cas + P_IAA, 1, ps_x_round (x, ps_x_mul (x, cell (x, c[P_BASE]), nm (x, "portage_iaa_pct")), 2),
                               x->fmt.money);
  y[P_IAA] = ps_sheet_formula (s, cas + P_IAA, 2, ps_x_mul (x, cell (x, c[P_IAA]), n (x, 12)), x->fmt.money);
  label (s, cas + P_PAID_LEAVE, _("   of which paid-leave indemnity"), x->fmt.label_indent);
  c[P_PAID_LEAVE] = ps_sheet_formula (s, cas + P_PAID_LEAVE, 1,
                                      ps_x_sub (x, ps_x_sub (x, cell (x, c[P_GROSS]), cell (x, c[P_BASE])), cell (x, c[P_IAA])),
                                      x->fmt.money);
  y[P_PAID_LEAVE] = ps_sheet_formula (s, cas + P_PAID_LEAVE, 2, ps_x_mul (x, cell (x, c[P_PAID_LEAVE]), n (x, 12)), x->fmt.money);
  {
    static const struct { int row; const char *key; } keys[] = {
      { P_BASE, "base_salary_monthly" }, { P_IAA, "business_indemnity_monthly" }, { P_PAID_LEAVE, "paid_leave_monthly" },
    };
    for (guint i = 0; i < G_N_ELEMENTS (keys); i++)
      name_cell (x, status, keys[i].key, c[keys[i].row]);
  }

  c[P_EMPLOYER] = ps_xlsx_money_row (x, status, cas + P_EMPLOYER, _("− Employer contributions (after the reduction)"),
                             cell (x, slip.employer_total), FALSE, "employer_contributions_monthly", &y[P_EMPLOYER]);
  /* the gross's share set aside: cost factor − 1 (a CDI: 10 % of the base;
   * a CDD: 10 % of the gross) */
  c[P_RESERVE] = ps_xlsx_money_row (x, status, cas + P_RESERVE,
                            portage_cdd (x) ? _("− End-of-contract indemnity of the CDD (deferred pay)")
                                            : _("− Réserve financière (deferred pay)"),
                            portage_cdd (x)
                              ? ps_x_mul (x, cell (x, c[P_GROSS]), nm (x, "portage_reserve_pct"))
                              : ps_x_mul (x, ps_x_div (x, cell (x, c[P_GROSS]), gross_factor),
                                          ps_x_if (x, ps_x_cmp (x, reserve_x (x), "<>", n (x, 0)),
                                                   nm (x, "portage_reserve_pct"), n (x, 0))),
                            FALSE, "reserve_monthly", &y[P_RESERVE]);
  c[P_RESERVE_EMPLOYER] = ps_xlsx_money_row (x, status, cas + P_RESERVE_EMPLOYER, _("− Employer contributions on the réserve"),
                                     ps_x_mul (x, cell (x, c[P_RESERVE]),
                                               ps_x_if (x, ps_x_cmp (x, cell (x, c[P_GROSS]), ">", n (x, 0)),
                                                        ps_x_div (x, cell (x, c[P_EMPLOYER]), cell (x, c[P_GROSS])),
                                                        n (x, 0))),
                                     FALSE, "reserve_employer_contributions_monthly", &y[P_RESERVE_EMPLOYER]);
  label (s, memo + 1 + M_COST, _("Employer cost of the month (gross + employer contributions)"), x->fmt.label);
  m[M_COST] = ps_sheet_formula (s, memo + 1 + M_COST, 1, ps_x_add (x, cell (x, c[P_GROSS]), cell (x, c[P_EMPLOYER])),
                                x->fmt.money);
  ps_sheet_formula (s, memo + 1 + M_COST, 2, ps_x_mul (x, cell (x, m[M_COST]), n (x, 12)), x->fmt.money);
  name_cell (x, status, "employer_cost_monthly", m[M_COST]);
  c[P_UNPAID] = ps_xlsx_money_row (x, status, cas + P_UNPAID, _("− Not paid out (stays on the activity account)"),
                           ps_x_max (x, n (x, 0),
                                     ps_x_sub (x, ps_x_sub (x, ps_x_sub (x, cell (x, c[P_ENVELOPE]), cell (x, m[M_COST])),
                                                            cell (x, c[P_RESERVE])),
                                               cell (x, c[P_RESERVE_EMPLOYER]))),
                           FALSE, "unpaid_monthly", &y[P_UNPAID]);

  c[P_EMPLOYEE] = ps_xlsx_money_row (x, status, cas + P_EMPLOYEE, _("− Employee contributions"),
                             cell (x, slip.employee_total), FALSE, "employee_contributions_monthly", &y[P_EMPLOYEE]);
  c[P_NET_BEFORE_TAX] = ps_xlsx_money_row (x, status, cas + P_NET_BEFORE_TAX, _("= Net before income tax"),
                                   ps_x_max (x, n (x, 0), ps_x_sub (x, cell (x, c[P_GROSS]), cell (x, slip.employee_total))),
                                   TRUE, "net_before_tax_monthly", &y[P_NET_BEFORE_TAX]);
  if (x->offer != NULL)
    {
      x->offer_revenue = c[P_REVENUE];
      x->offer_gross = c[P_GROSS];
      x->offer_employer = c[P_EMPLOYER];
      x->offer_net_before_tax = c[P_NET_BEFORE_TAX];
    }

  label (s, memo + 1 + M_TAXABLE, _("Taxable net (+ non-deductible CSG/CRDS, employer health share, welfare above its limit)"), x->fmt.label);
  taxable = m[M_TAXABLE] = ps_sheet_formula (s, memo + 1 + M_TAXABLE, 1,
                                             ps_xlsx_taxable_x (x, &slip, cell (x, c[P_NET_BEFORE_TAX])), x->fmt.money);
  ps_sheet_formula (s, memo + 1 + M_TAXABLE, 2, ps_x_mul (x, cell (x, taxable), n (x, 12)), x->fmt.money);
  name_cell (x, status, "taxable_net_monthly", taxable);

  tax_yearly = ps_xlsx_write_tax (x, tax_row, taxable, &tax_rate);
  {
    g_autofree char *text = g_strdup_printf (_("− Income tax (%s)"), ps_xlsx_tax_method_text (&sc->tax));
    c[P_TAX] = ps_xlsx_money_row (x, status, cas + P_TAX, text, ps_x_div (x, cell (x, tax_yearly), n (x, 12)), FALSE,
                          "income_tax_monthly", &y[P_TAX]);
  }
  c[P_NET_AFTER_TAX] = ps_xlsx_money_row (x, status, cas + P_NET_AFTER_TAX, _("= Net after income tax"),
                                  ps_x_sub (x, cell (x, c[P_NET_BEFORE_TAX]), cell (x, c[P_TAX])), TRUE,
                                  NULL, &y[P_NET_AFTER_TAX]);
  /* reimbursed out of the revenue: never more than what the fee leaves */
  c[P_EXPENSES_BACK] = ps_xlsx_money_row (x, status, cas + P_EXPENSES_BACK, _("+ Reimbursed professional expenses"),
                                  ps_x_min (x, cell (x, c[P_EXPENSES]), ps_x_max (x, n (x, 0), cell (x, c[P_AVAILABLE]))),
                                  FALSE, NULL, &y[P_EXPENSES_BACK]);
  c[P_TAKE_HOME] = ps_xlsx_money_row (x, status, cas + P_TAKE_HOME, _("= Take-home"),
                              ps_x_add (x, cell (x, c[P_NET_AFTER_TAX]), cell (x, c[P_EXPENSES_BACK])), TRUE,
                              "take_home_monthly", &y[P_TAKE_HOME]);
  /* a fee and expenses beyond the revenue come out of the consultant's
   * pocket: the net the Summary compares (ps-comparison.c) */
  c[P_OUT_OF_POCKET] = ps_xlsx_money_row (x, status, cas + P_OUT_OF_POCKET,
                                          _("− Fee and expenses beyond the revenue, paid out of your pocket (a negative envelope)"),
                                          ps_x_max (x, n (x, 0), ps_x_sub (x, n (x, 0), cell (x, c[P_ENVELOPE]))), FALSE,
                                          NULL, &y[P_OUT_OF_POCKET]);

  /* the réserve once paid (at the end of the mission), as salary: the
   * pay's employee rate and taxable share, the tax of the year with it */
  counted = ps_x_cmp (x, nm (x, "reserve_in_net"), "<>", n (x, 0));
  label (s, memo + 1 + M_RESERVE_EMPLOYEE, _("Réserve once paid: its employee contributions (at the pay’s rate)"), x->fmt.label);
  m[M_RESERVE_EMPLOYEE] = ps_sheet_formula (s, memo + 1 + M_RESERVE_EMPLOYEE, 1,
                                            ps_x_if (x, ps_x_cmp (x, cell (x, c[P_GROSS]), ">", n (x, 0)),
                                                     ps_x_mul (x, cell (x, c[P_RESERVE]),
                                                               ps_x_div (x, cell (x, c[P_EMPLOYEE]), cell (x, c[P_GROSS]))),
                                                     n (x, 0)),
                                            x->fmt.money);
  label (s, memo + 1 + M_RESERVE_TAXABLE, _("Réserve once paid: its taxable part (at the pay’s share)"), x->fmt.label);
  m[M_RESERVE_TAXABLE] = ps_sheet_formula (s, memo + 1 + M_RESERVE_TAXABLE, 1,
                                           ps_x_if (x, ps_x_cmp (x, cell (x, c[P_GROSS]), ">", n (x, 0)),
                                                    ps_x_mul (x, cell (x, c[P_RESERVE]),
                                                              ps_x_div (x, cell (x, taxable), cell (x, c[P_GROSS]))),
                                                    n (x, 0)),
                                           x->fmt.money);
  label (s, memo + 1 + M_TAXABLE_WITH_RESERVE, _("Taxable net with the réserve paid (a twelfth of the year)"), x->fmt.label);
  m[M_TAXABLE_WITH_RESERVE] = ps_sheet_formula (s, memo + 1 + M_TAXABLE_WITH_RESERVE, 1,
                                                ps_x_add (x, cell (x, taxable), cell (x, m[M_RESERVE_TAXABLE])),
                                                x->fmt.money);
  tax_with_reserve = ps_xlsx_write_tax (x, tax_row_reserve, m[M_TAXABLE_WITH_RESERVE], &rate_with_reserve);
  label (s, memo + 1 + M_RESERVE_TAX, _("Réserve once paid: the income tax it adds (tax of the year with it − without it)"),
         x->fmt.label);
  m[M_RESERVE_TAX] = ps_sheet_formula (s, memo + 1 + M_RESERVE_TAX, 1,
                                       ps_x_if (x, ps_x_cmp (x, cell (x, c[P_RESERVE]), ">", n (x, 0)),
                                                ps_x_div (x, ps_x_sub (x, cell (x, tax_with_reserve), cell (x, tax_yearly)),
                                                          n (x, 12)),
                                                n (x, 0)),
                                       x->fmt.money);
  label (s, memo + 1 + M_RESERVE_NET_AFTER_TAX, _("Réserve once paid: what it leaves after its contributions and income tax"),
         x->fmt.label);
  m[M_RESERVE_NET_AFTER_TAX] = ps_sheet_formula (s, memo + 1 + M_RESERVE_NET_AFTER_TAX, 1,
                                                 ps_x_sub (x, ps_x_sub (x, cell (x, c[P_RESERVE]), cell (x, m[M_RESERVE_EMPLOYEE])),
                                                           cell (x, m[M_RESERVE_TAX])),
                                                 x->fmt.money);
  {
    PsCell yr = ps_sheet_formula (s, memo + 1 + M_RESERVE_NET_AFTER_TAX, 2,
                                  ps_x_mul (x, cell (x, m[M_RESERVE_NET_AFTER_TAX]), n (x, 12)), x->fmt.money);
    out->cell[PS_FIELD_DEFERRED] = yr;
  }
  name_cell (x, status, "reserve_net_after_tax_monthly", m[M_RESERVE_NET_AFTER_TAX]);
  c[P_RESERVE_PAID] = ps_xlsx_money_row (x, status, cas + P_RESERVE_PAID,
                                         _("+ Réserve paid at the end of the mission, net of its contributions and income tax (unless left out in the Summary)"),
                                         ps_x_if (x, counted, cell (x, m[M_RESERVE_NET_AFTER_TAX]), n (x, 0)), FALSE,
                                         NULL, &y[P_RESERVE_PAID]);
  c[P_NET] = ps_xlsx_money_row (x, status, cas + P_NET,
                                _("= Net after income tax, réserve included, less what you pay out of your pocket (compared in the Summary)"),
                                ps_x_add (x, ps_x_sub (x, cell (x, c[P_NET_AFTER_TAX]), cell (x, c[P_OUT_OF_POCKET])),
                                          cell (x, c[P_RESERVE_PAID])),
                                TRUE, "net_after_tax_monthly", &y[P_NET]);

  /* for reference */
  ps_sheet_string (s, memo, 0, _("For reference"), x->fmt.section);
  label (s, memo + 1 + M_CONTRIBUTIONS, _("All social contributions (employee, employer, on the réserve; its employee ones when counted)"), x->fmt.label);
  m[M_CONTRIBUTIONS] = ps_sheet_formula (s, memo + 1 + M_CONTRIBUTIONS, 1,
                                         ps_x_add (x, ps_x_add (x, ps_x_add (x, cell (x, c[P_EMPLOYEE]), cell (x, c[P_EMPLOYER])),
                                                                cell (x, c[P_RESERVE_EMPLOYER])),
                                                   ps_x_if (x, counted, cell (x, m[M_RESERVE_EMPLOYEE]), n (x, 0))),
                                         x->fmt.money);
  {
    PsCell yc = ps_sheet_formula (s, memo + 1 + M_CONTRIBUTIONS, 2,
                                  ps_x_mul (x, cell (x, m[M_CONTRIBUTIONS]), n (x, 12)), x->fmt.money);
    out->cell[PS_FIELD_CONTRIBUTIONS] = yc;
  }
  label (s, memo + 1 + M_TAX_RATE, _("Average income tax rate on the taxable net"), x->fmt.label);
  m[M_TAX_RATE] = ps_sheet_formula (s, memo + 1 + M_TAX_RATE, 1, cell (x, tax_rate), x->fmt.percent);
  name_cell (x, status, "income_tax_rate", m[M_TAX_RATE]);
  {
    g_autofree char *text = g_strdup_printf (_("Convention minimum gross for the days billed (level: %s)"),
                                             sc->level == PS_LEVEL_FIRST ? _("first level")
                                             : sc->level == PS_LEVEL_JUNIOR ? _("junior")
                                             : sc->level == PS_LEVEL_EXPERT ? _("expert") : _("senior"));
    label (s, memo + 1 + M_MINIMUM, text, x->fmt.label);
  }
  m[M_MINIMUM] = ps_sheet_formula (s, memo + 1 + M_MINIMUM, 1,
                                   ps_x_round (x, ps_x_mul (x, ps_x_mul (x, nm (x, level_key (sc->level)),
                                                                         nm (x, "portage_pss_2017_monthly")),
                                                            ps_x_min (x, n (x, 1),
                                                                      ps_x_div (x, ps_x_div (x, nm (x, "days_per_year"), n (x, 12)),
                                                                                ps_x_div (x, nm (x, "portage_forfait_days"), n (x, 12))))),
                                               2),
                                   x->fmt.money);
  name_cell (x, status, "minimum_gross_monthly", m[M_MINIMUM]);
  label (s, memo + 1 + M_GAP, _("Envelope left over (≈ 0; more at the RGDU cliff)"), x->fmt.label);
  m[M_GAP] = ps_sheet_formula (s, memo + 1 + M_GAP, 1,
                               ps_x_sub (x, cell (x, c[P_ENVELOPE]), cell (x, solved.cost)),
                               x->fmt.money);
  label (s, memo + 1 + M_CHECK, _("Check: the gross is the largest cent whose cost fits the envelope"), x->fmt.label);
  m[M_CHECK] = ps_xlsx_verdict (x, memo + 1 + M_CHECK, solved.cost, solved.cost_next,
                        c[P_GROSS], c[P_ENVELOPE]);
  ps_sheet_comment (s, memo + 1 + M_CHECK, 1, explain);
  name_cell (x, status, "solver_check", m[M_CHECK]);
  label (s, memo + 1 + M_NET_BEFORE_TAX, _("Net before income tax, réserve included, less what you pay out of your pocket (compared in the Summary)"),
         x->fmt.label);
  m[M_NET_BEFORE_TAX] = ps_sheet_formula (s, memo + 1 + M_NET_BEFORE_TAX, 1,
                                          ps_x_add (x, ps_x_sub (x, cell (x, c[P_NET_BEFORE_TAX]), cell (x, c[P_OUT_OF_POCKET])),
                                                    ps_x_if (x, counted,
                                                             ps_x_sub (x, cell (x, c[P_RESERVE]), cell (x, m[M_RESERVE_EMPLOYEE])),
                                                             n (x, 0))),
                                          x->fmt.money);
  out->cell[PS_FIELD_NET_BEFORE_TAX] = ps_sheet_formula (s, memo + 1 + M_NET_BEFORE_TAX, 2,
                                                         ps_x_mul (x, cell (x, m[M_NET_BEFORE_TAX]), n (x, 12)),
                                                         x->fmt.money);

  /* usable: an envelope, and a salary at the convention minimum (the
   * engine's warnings); else not compared as the best */
  no_envelope = ps_x_cmp (x, cell (x, c[P_ENVELOPE]), "<=", n (x, 0));
  below_minimum = ps_x_and (x, ps_x_cmp (x, ps_x_add (x, cell (x, c[P_GROSS]), n (x, 0.005)), "<", cell (x, m[M_MINIMUM])),
                            ps_x_cmp (x, nm (x, "days_per_year"), ">", n (x, 0)));
  label (s, memo + 1 + M_ELIGIBLE,
         _("An envelope and a salary at the convention minimum (else portage is not compared as the best)"),
         x->fmt.label);
  m[M_ELIGIBLE] = ps_sheet_formula (s, memo + 1 + M_ELIGIBLE, 1,
                                    ps_x_if (x, ps_x_or (x, no_envelope, below_minimum),
                                             ps_x_str (x, _("no")), ps_x_str (x, _("yes"))),
                                    x->fmt.check);
  name_cell (x, status, "eligible", m[M_ELIGIBLE]);
  if (x->offer != NULL)
    x->offer_eligible = m[M_ELIGIBLE];
  else
    x->eligible[status] = m[M_ELIGIBLE];

  /* alerts, recomputed with the inputs */
  {
    PsX alerts[N_ALERTS];
    const char *texts[N_ALERTS] = {
      _("The management fee and the expenses take the whole revenue: nothing is left to pay a salary."),
      _("The gross salary is below the convention minimum for this level: the day rate is too low."),
      /* xgettext:no-c-format */
      _("The expenses exceed 30% of the gross salary, the usual limit of portage firms."),
      _("Part of the envelope cannot be paid as salary (the employer reduction stops at 3 SMIC): it stays on the activity account."),
    };

    alerts[0] = no_envelope;
    alerts[1] = below_minimum;
    alerts[2] = ps_x_and (x, ps_x_cmp (x, cell (x, c[P_GROSS]), ">", n (x, 0)),
                          ps_x_cmp (x, cell (x, c[P_EXPENSES]), ">",
                                    ps_x_mul (x, nm (x, "portage_expenses_cap_pct"), cell (x, c[P_GROSS]))));
    alerts[3] = ps_x_cmp (x, cell (x, c[P_UNPAID]), ">=", n (x, 1));

    ps_xlsx_write_alerts (x, warn, N_ALERTS, alerts, texts);
  }

  out->cell[PS_FIELD_REVENUE] = y[P_REVENUE];
  out->cell[PS_FIELD_COSTS] = y[P_FEES];
  out->cell[PS_FIELD_EXPENSES] = y[P_EXPENSES];
  out->cell[PS_FIELD_GROSS] = y[P_GROSS];
  label (s, memo + 1 + M_INCOME_TAX_COUNTED, _("Income tax of the year, with the réserve when it is counted (compared in the Summary)"),
         x->fmt.label);
  m[M_INCOME_TAX_COUNTED] = ps_sheet_formula (s, memo + 1 + M_INCOME_TAX_COUNTED, 1,
                                              ps_x_add (x, cell (x, c[P_TAX]),
                                                        ps_x_if (x, counted, cell (x, m[M_RESERVE_TAX]), n (x, 0))),
                                              x->fmt.money);
  out->cell[PS_FIELD_INCOME_TAX] = ps_sheet_formula (s, memo + 1 + M_INCOME_TAX_COUNTED, 2,
                                                     ps_x_mul (x, cell (x, m[M_INCOME_TAX_COUNTED]), n (x, 12)),
                                                     x->fmt.money);
  out->cell[PS_FIELD_NET_AFTER_TAX] = y[P_NET];

  worksheet_freeze_panes (s->ws, top + 1, 1);
  ps_sheet_fit_columns (s, 0, 0, 40, 72);
  ps_sheet_set_columns (s, 1, S_N_COLS - 1, 15);
  ps_sheet_print_setup (s, TRUE);
  /* the search for the gross stays on screen, not on paper */
  worksheet_print_area (s->ws, 0, 0, solver_row - 2, L_ER_YEAR);
  x->profile = &x->firm;
  if (x->offer == NULL)
    {
      x->offer_prof = NULL;
      x->offer_vm = ps_cell (NULL, -1, -1);
    }
}

/* ------------------------------------------------------------ CDI */

enum
{
  C_BUDGET,
  C_ESN_GROSS,
  C_GROSS_YEARLY,
  C_COST,
  C_EMPLOYER,
  C_GROSS,
  C_EMPLOYEE,
  C_NET_BEFORE_TAX,
  C_TAX,
  C_NET_AFTER_TAX,
  C_N_ROWS
};

void
ps_xlsx_write_cdi (PsXlsx        *x,
                   PsStatus       status,
                   PsStatusCells *out)
{
  PsSheet *s = x->offer != NULL ? x->offer_sheet : x->status_sheet[status];
  const PsScenario *sc = &x->c->scenario;
  int top = 3;
  int cas = top + 1;
  int memo = cas + C_N_ROWS + 1;
  int slip_row = memo + 1 + 4 + 1;
  int tax_row = slip_row + ps_xlsx_payslip_rows (x) + 1;
  int solver_row = tax_row + ps_xlsx_tax_rows (x) + 1;
  PsCell c[C_N_ROWS], y[C_N_ROWS];
  PsCell taxable, tax_rate, contributions, check;
  PsPayslipCells slip = { 0 };
  PsSolvedCells solved;
  g_autofree char *subtitle = NULL;
  g_autofree char *explain = NULL;

  ps_sheet_begin (s);
  subtitle = g_strdup_printf (_("The salary an ESN billing the same day rate and days pays at its gross margin, or your offer if you typed one in the Summary. Income tax: %s."),
                              ps_xlsx_tax_method_text (&sc->tax));
  ps_xlsx_title (x, _("Employee (CDI): payslip and net"), subtitle);
  ps_xlsx_column_headers (x, top, "", _("Per month"), _("Per year"), NULL);

  c[C_BUDGET] = ps_xlsx_money_row (x, status, cas + C_BUDGET, _("ESN budget for your employer cost: billing × (1 − its margin)"),
                           ps_x_div (x, ps_x_mul (x, ps_x_mul (x, nm (x, "tjm"), nm (x, "days_per_year")),
                                                  ps_x_sub (x, n (x, 1), nm (x, "esn_margin_rate"))),
                                     n (x, 12)),
                           FALSE, NULL, &y[C_BUDGET]);
  solved = ps_xlsx_write_solver (x, solver_row, c[C_BUDGET], NULL, _("CDI at an ESN"));
  label (s, cas + C_ESN_GROSS, _("Gross salary that budget pays (solved at the bottom of the sheet)"), x->fmt.label);
  c[C_ESN_GROSS] = ps_sheet_formula (s, cas + C_ESN_GROSS, 1, cell (x, solved.gross), x->fmt.money);
  explain = g_strdup_printf (_("Solved, not typed: the largest gross, to the cent, whose employer cost fits the ESN’s budget, found by bisection on whole cents (rows %d to %d). A CDI offer typed in the Summary replaces it."),
                             solver_row + 1, solver_row + ps_xlsx_solver_rows ());
  ps_sheet_comment (s, cas + C_ESN_GROSS, 1, explain);

  y[C_GROSS_YEARLY] = ps_xlsx_money_row_yearly (x, status, cas + C_GROSS_YEARLY,
                                        _("Gross salary per year (your offer, or what the ESN pays, at least the legal floor)"),
                                        ps_x_if (x, ps_x_cmp (x, nm (x, "cdi_offer_yearly"), ">", n (x, 0)),
                                                 nm (x, "cdi_offer_yearly"),
                                                 /* never below the floor: the Syntec cadre minimum, or the SMIC */
                                                 ps_x_max (x, ps_x_round (x, ps_x_mul (x, cell (x, c[C_ESN_GROSS]), n (x, 12)), 2),
                                                           ps_x_mul (x, sc->profile.cadre && x->p->cdi_floor_cadre_monthly > 0
                                                                        ? nm (x, "cdi_floor_cadre_monthly")
                                                                        : ps_x_round (x, nm (x, "smic_monthly"), 2),
                                                                     n (x, 12)))),
                                        FALSE, NULL, NULL, &c[C_GROSS_YEARLY]);

  ps_xlsx_write_payslip (x, slip_row, c[C_GROSS_YEARLY], &slip);

  c[C_GROSS] = ps_xlsx_money_row (x, status, cas + C_GROSS, _("= Gross salary"), cell (x, slip.gross), TRUE,
                          "gross_monthly", &y[C_GROSS]);
  c[C_EMPLOYER] = ps_xlsx_money_row (x, status, cas + C_EMPLOYER, _("− Employer contributions (after the reduction)"),
                             cell (x, slip.employer_total), FALSE, NULL, &y[C_EMPLOYER]);
  c[C_COST] = ps_xlsx_money_row (x, status, cas + C_COST, _("Employer cost"),
                         ps_x_add (x, cell (x, c[C_GROSS]), cell (x, c[C_EMPLOYER])), TRUE,
                         "employer_cost_monthly", &y[C_COST]);
  c[C_EMPLOYEE] = ps_xlsx_money_row (x, status, cas + C_EMPLOYEE, _("− Employee contributions"), cell (x, slip.employee_total),
                             FALSE, NULL, &y[C_EMPLOYEE]);
  c[C_NET_BEFORE_TAX] = ps_xlsx_money_row (x, status, cas + C_NET_BEFORE_TAX, _("= Net before income tax"),
                                   ps_x_max (x, n (x, 0), ps_x_sub (x, cell (x, c[C_GROSS]), cell (x, slip.employee_total))),
                                   TRUE, "net_before_tax_monthly", &y[C_NET_BEFORE_TAX]);

  ps_sheet_string (s, memo, 0, _("For reference"), x->fmt.section);
  label (s, memo + 1, _("Taxable net (+ non-deductible CSG/CRDS, employer health share, welfare above its limit)"), x->fmt.label);
  taxable = ps_sheet_formula (s, memo + 1, 1, ps_xlsx_taxable_x (x, &slip, cell (x, c[C_NET_BEFORE_TAX])), x->fmt.money);
  ps_sheet_formula (s, memo + 1, 2, ps_x_mul (x, cell (x, taxable), n (x, 12)), x->fmt.money);
  name_cell (x, status, "taxable_net_monthly", taxable);

  {
    PsCell tax_yearly = ps_xlsx_write_tax (x, tax_row, taxable, &tax_rate);
    g_autofree char *text = g_strdup_printf (_("− Income tax (%s)"), ps_xlsx_tax_method_text (&sc->tax));

    y[C_TAX] = ps_xlsx_money_row_yearly (x, status, cas + C_TAX, text, cell (x, tax_yearly), FALSE, "income_tax_monthly",
                                 "income_tax_yearly", &c[C_TAX]);
  }
  y[C_NET_AFTER_TAX] = ps_xlsx_money_row_yearly (x, status, cas + C_NET_AFTER_TAX, _("= Net after income tax"),
                                         ps_x_sub (x, y[C_NET_BEFORE_TAX].row >= 0 ? cell (x, y[C_NET_BEFORE_TAX]) : n (x, 0),
                                                   cell (x, y[C_TAX])),
                                         TRUE, "net_after_tax_monthly", "net_after_tax_yearly", &c[C_NET_AFTER_TAX]);

  label (s, memo + 2, _("All social contributions (employee and employer)"), x->fmt.label);
  contributions = ps_sheet_formula (s, memo + 2, 1, ps_x_add (x, cell (x, c[C_EMPLOYEE]), cell (x, c[C_EMPLOYER])),
                                    x->fmt.money);
  out->cell[PS_FIELD_CONTRIBUTIONS] = ps_sheet_formula (s, memo + 2, 2, ps_x_mul (x, cell (x, contributions), n (x, 12)),
                                                        x->fmt.money);
  label (s, memo + 3, _("Average income tax rate on the taxable net"), x->fmt.label);
  name_cell (x, status, "income_tax_rate",
             ps_sheet_formula (s, memo + 3, 1, cell (x, tax_rate), x->fmt.percent));
  label (s, memo + 4, _("Check: the ESN’s gross is the largest cent whose cost fits its budget"), x->fmt.label);
  check = ps_xlsx_verdict (x, memo + 4, solved.cost, solved.cost_next,
                   c[C_ESN_GROSS], c[C_BUDGET]);
  ps_sheet_comment (s, memo + 4, 1, explain);
  name_cell (x, status, "solver_check", check);
  name_cell (x, status, "gross_yearly", y[C_GROSS_YEARLY]);

  /* usable: an offer at least the SMIC, or an ESN whose budget pays at
   * least the floor (else not compared as the best) */
  {
    PsX floor_yearly = ps_x_mul (x, sc->profile.cadre && x->p->cdi_floor_cadre_monthly > 0
                                      ? nm (x, "cdi_floor_cadre_monthly")
                                      : ps_x_round (x, nm (x, "smic_monthly"), 2),
                                 n (x, 12));
    PsX usable = ps_x_if (x, ps_x_cmp (x, nm (x, "cdi_offer_yearly"), ">", n (x, 0)),
                          ps_x_cmp (x, nm (x, "cdi_offer_yearly"), ">=",
                                    ps_x_sub (x, ps_x_mul (x, ps_x_round (x, nm (x, "smic_monthly"), 2), n (x, 12)),
                                              n (x, 0.005))),
                          ps_x_cmp (x, ps_x_round (x, ps_x_mul (x, cell (x, c[C_ESN_GROSS]), n (x, 12)), 2), ">=",
                                    ps_x_sub (x, floor_yearly, n (x, 0.005))));
    PsCell e;

    label (s, memo + 5, _("An offer at least the SMIC, or a billing that pays at least the minimum salary (else the CDI is not compared as the best)"),
           x->fmt.label);
    e = ps_sheet_formula (s, memo + 5, 1, ps_x_if (x, usable, ps_x_str (x, _("yes")), ps_x_str (x, _("no"))),
                          x->fmt.check);
    name_cell (x, status, "eligible", e);
    x->eligible[status] = e;
  }

  out->cell[PS_FIELD_REVENUE] = y[C_COST];
  out->cell[PS_FIELD_GROSS] = y[C_GROSS];
  out->cell[PS_FIELD_NET_BEFORE_TAX] = y[C_NET_BEFORE_TAX];
  out->cell[PS_FIELD_INCOME_TAX] = y[C_TAX];
  out->cell[PS_FIELD_NET_AFTER_TAX] = y[C_NET_AFTER_TAX];

  worksheet_freeze_panes (s->ws, top + 1, 1);
  ps_sheet_fit_columns (s, 0, 0, 40, 72);
  ps_sheet_set_columns (s, 1, S_N_COLS - 1, 15);
  ps_sheet_print_setup (s, TRUE);
  /* the search for the gross stays on screen, not on paper */
  worksheet_print_area (s->ws, 0, 0, solver_row - 2, L_ER_YEAR);
}
