/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The "Cash" sheet (Trésorerie): the first year month by month, per
 * status, for the person and for the SASU's and the EURL's company, in
 * live formulas from the status sheets' cells and the sheet's own inputs
 * (payment delay, salary advance, quarterly declarations, mission
 * length). The same rules as src/core/ps-cashflow.c; the cumulative cells
 * are named "cash_<status>_m<N>" and "cash_<status>_company_m<N>". */
#define G_LOG_DOMAIN "ps-xlsx"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "ps-cashflow.h"
#include "ps-xlsx-private.h"

/* the columns: the month, then net and cumulative per account */
enum { N_ACCOUNTS = PS_N_STATUSES + 2 };

static PsX
mod_x (PsXlsx *x,
       PsX     a,
       PsX     b)
{
  g_autofree char *text = g_strdup_printf ("MOD(%s,%s)", a.f, b.f);

  return ps_x_raw (x, text, b.v != 0 ? a.v - b.v * floor (a.v / b.v) : 0);
}

static PsX
ge (PsXlsx *x,
    PsX     a,
    double  b)
{
  return ps_x_cmp (x, a, ">=", n (x, b));
}

/* a named cell, or 0 where the sheet has none (an EURL at the income
 * tax has no dividends) */
static PsX
nm0 (PsXlsx     *x,
     const char *name)
{
  return ps_x_name_defined (x, name) ? nm (x, name) : n (x, 0);
}

/* the income tax on the pay: the status's less the dividends' */
static PsX
pay_tax (PsXlsx     *x,
         const char *status)
{
  g_autofree char *tax = g_strdup_printf ("%s_income_tax_yearly", status);
  g_autofree char *dividends = g_strdup_printf ("%s_dividend_income_tax_yearly", status);

  return ps_x_sub (x, nm (x, tax), nm0 (x, dividends));
}

static PsCell
work (PsXlsx     *x,
      int        *row,
      const char *text,
      PsX         e)
{
  return ps_xlsx_tax_line (x, row, text, e, x->fmt.money);
}

static PsCell
put_input (PsXlsx     *x,
           int        *row,
           const char *text,
           const char *name,
           double      value,
           const char *note)
{
  PsSheet *s = x->current;
  PsCell c;

  ps_sheet_string (s, *row, 0, text, x->fmt.label);
  c = ps_sheet_number (s, *row, 1, value, x->fmt.number_input);
  ps_define_name (x, name, c);
  if (note != NULL)
    ps_sheet_string (s, *row, 2, note, x->fmt.note);
  (*row)++;
  return c;
}

/* a yes/no input, as the Summary's: "Yes" or "No" in the workbook's
 * language (a drop-down list), named; the formulas read it as 1 or 0
 * through its name (ps_x_name ()) */
static PsCell
put_yes_no (PsXlsx     *x,
            int        *row,
            const char *text,
            const char *name,
            gboolean    value)
{
  PsSheet *s = x->current;
  PsCell c = ps_cell (s, *row, 1);

  ps_sheet_string (s, *row, 0, text, x->fmt.label);
  ps_sheet_string (s, *row, 1, value ? x->yes_text : x->no_text, x->fmt.number_input);
  ps_define_name (x, name, c);
  g_hash_table_insert (x->yes_no, g_strdup (name), GINT_TO_POINTER (value ? 2 : 1));
  (*row)++;
  return c;
}

/* the inputs' checks, as the Summary's: a number within its range, or a
 * drop-down list of yes and no */
static void
validate_range (PsXlsx *x,
                PsCell  c,
                double  min,
                double  max,
                gboolean whole)
{
  lxw_data_validation v = { 0 };
  g_autofree char *a = ps_xlsx_number_text (x, min, 0);
  g_autofree char *b = ps_xlsx_number_text (x, max, 0);
  g_autofree char *text = g_strdup_printf (whole ? _("A whole number from %s to %s.") : _("A number from %s to %s."), a, b);
  g_autofree char *message = ps_xlsx_typo (x, text);

  v.validate = whole ? LXW_VALIDATION_TYPE_INTEGER : LXW_VALIDATION_TYPE_DECIMAL;
  v.criteria = LXW_VALIDATION_CRITERIA_BETWEEN;
  v.minimum_number = min;
  v.maximum_number = max;
  v.error_title = (char *) _("Value out of range");
  v.error_message = message;
  worksheet_data_validation_cell (x->current->ws, c.row, c.col, &v);
}

/* the month's number shown as words: « 1er mois », « 4ᵉ mois »; "Month 4" */
static lxw_format *
month_format (PsXlsx *x)
{
  lxw_format *f = workbook_add_format (x->wb);

  format_set_font_name (f, "Calibri");
  format_set_font_size (f, 10);
  format_set_align (f, LXW_ALIGN_VERTICAL_TOP);
  format_set_align (f, LXW_ALIGN_LEFT);
  format_set_num_format (f, x->french ? "[=1]\"1er mois\";0\"ᵉ mois\"" : "\"Month \"0");
  return f;
}

void
ps_xlsx_write_cash (PsXlsx *x)
{
  PsSheet *s = x->cash;
  const PsComparison *c = x->c;
  PsCashflowInputs in;
  gboolean eurl_ir = c->scenario.eurl_ir;
  int row = 3, table, notes;
  PsCell days, lag, advance, quarterly, mission, provisional;
  PsCell p_salary, p_reserve, p_pocket, m_receipt, m_contrib, m_tax, m_costs, s_person, e_person;
  PsCell s_net_pay, e_net_pay, e_receipt, e_costs;
  PsX L, M;
  lxw_format *months_fmt;
  PsCell cum_first[N_ACCOUNTS], cum_last[N_ACCOUNTS];
  const char *account_names[N_ACCOUNTS] = {
    _(ps_status_short_name (PS_STATUS_PORTAGE)), _(ps_status_short_name (PS_STATUS_CDI)),
    _(ps_status_short_name (PS_STATUS_MICRO)), _(ps_status_short_name (PS_STATUS_SASU)),
    _(ps_status_short_name (PS_STATUS_EURL)), _("SASU: the company"), _("EURL: the company"),
  };
  const char *ids[N_ACCOUNTS] = { "portage", "cdi", "micro", "sasu", "eurl", "sasu_company", "eurl_company" };
  gboolean has[N_ACCOUNTS] = { TRUE, TRUE, TRUE, TRUE, TRUE, TRUE, !eurl_ir };

  ps_cashflow_inputs_init (&in);
  ps_sheet_begin (s);
  ps_xlsx_title (x, _("Cash: the first year month by month"),
                 _("What reaches your account each month, and the company’s: invoices paid after the payment delay, portage’s salary after the client’s payment, the micro’s URSSAF declarations, the EURL’s provisional calls; no corporate tax and no dividend the first year. Live formulas from the status sheets."));

  ps_sheet_string (s, row++, 0, _("Inputs"), x->fmt.section);
  days = put_input (x, &row, _("Days the clients take to pay an invoice"), "cash_payment_days", in.payment_days, NULL);
  advance = put_yes_no (x, &row, _("Portage: the firm pays the salary before the client"), "cash_salary_advance",
                        in.salary_advance);
  quarterly = put_yes_no (x, &row, _("Micro: quarterly declarations (no: monthly)"), "cash_micro_quarterly",
                          in.micro_quarterly);
  mission = put_input (x, &row, _("Portage: months of a mission (its end pays the réserve)"), "cash_mission_months",
                       in.mission_months, NULL);
  validate_range (x, days, 0, 120, FALSE);
  ps_xlsx_validate_yes_no (x, x->current->ws, advance.row, advance.col);
  ps_xlsx_validate_yes_no (x, x->current->ws, quarterly.row, quarterly.col);
  validate_range (x, mission, 1, 60, TRUE);
  row++;

  ps_sheet_string (s, row++, 0, _("Workings"), x->fmt.section);
  lag = ps_xlsx_tax_line (x, &row, _("Months between the month billed and its payment (⌈days ÷ 30⌉)"),
                          ps_x_max (x, n (x, 0), ps_x_roundup (x, ps_x_sub (x, ps_x_div (x, cell (x, days), n (x, 30)), n (x, 1e-9)), 0)),
                          x->fmt.integer);
  L = cell (x, lag);
  M = ps_x_max (x, n (x, 1), ps_x_round (x, cell (x, mission), 0));
  p_salary = work (x, &row, _("Portage: a month’s salary, net after the PAS"),
                   ps_x_sub (x, nm (x, "portage_net_before_tax_monthly"), nm (x, "portage_income_tax_monthly")));
  p_reserve = work (x, &row, _("Portage: a month’s réserve, net after tax"), nm (x, "portage_reserve_net_after_tax_monthly"));
  p_pocket = work (x, &row, _("Portage: paid from your pocket each month (the fee and expenses beyond the revenue)"),
                   ps_x_max (x, n (x, 0), ps_x_sub (x, n (x, 0), nm (x, "portage_envelope_monthly"))));
  m_receipt = work (x, &row, _("Micro: a month’s invoice"), ps_x_div (x, nm (x, "micro_revenue_yearly"), n (x, 12)));
  m_contrib = work (x, &row, _("Micro: the contributions on a month’s receipts"),
                    ps_x_div (x, ps_x_sub (x, ps_x_sub (x, nm (x, "micro_revenue_yearly"), nm (x, "micro_net_before_tax_yearly")),
                                           ps_x_add (x, ps_x_add (x, nm (x, "micro_costs_yearly"), nm (x, "micro_expenses_yearly")),
                                                     nm0 (x, "micro_health_yearly"))),
                              n (x, 12)));
  m_tax = work (x, &row, _("Micro: the versement libératoire on a month’s receipts (else the tax is paid the year after)"),
                ps_x_if (x, ps_x_cmp (x, nm (x, "micro_vl"), "=", n (x, 1)),
                         ps_x_div (x, ps_x_sub (x, nm (x, "micro_net_before_tax_yearly"), nm (x, "micro_net_after_tax_yearly")), n (x, 12)),
                         n (x, 0)));
  m_costs = work (x, &row, _("Micro: running costs, expenses and health cover a month"),
                  ps_x_div (x, ps_x_add (x, ps_x_add (x, nm (x, "micro_costs_yearly"), nm (x, "micro_expenses_yearly")),
                                         nm0 (x, "micro_health_yearly")),
                            n (x, 12)));
  /* the net pay: the net after tax less the dividends, plus the taxes
   * and the CSM paid the year after */
  s_net_pay = work (x, &row, _("SASU: the net salary of the year"),
                    ps_x_add (x, ps_x_sub (x, ps_x_add (x, ps_x_sub (x, nm (x, "sasu_net_after_tax_yearly"), nm0 (x, "sasu_dividends_net_yearly")),
                                                        nm0 (x, "sasu_csm_yearly")),
                                           ps_x_min (x, n (x, 0), nm0 (x, "sasu_profit_yearly"))),
                              ps_x_add (x, pay_tax (x, "sasu"), nm0 (x, "sasu_health_paid_yearly"))));
  /* the health cover the payslip doesn't carry: paid by the person */
  s_person = work (x, &row, _("SASU: a month’s salary, net after the PAS, less the health cover paid"),
                   ps_x_div (x, ps_x_sub (x, ps_x_sub (x, cell (x, s_net_pay), pay_tax (x, "sasu")),
                                          nm0 (x, "sasu_health_paid_yearly")),
                             n (x, 12)));
  e_net_pay = work (x, &row, eurl_ir ? _("EURL: the income of the year after its contributions")
                                     : _("EURL: the gérant’s net remuneration of the year"),
                    ps_x_add (x, ps_x_sub (x, ps_x_add (x, ps_x_sub (x, nm (x, "eurl_net_after_tax_yearly"), nm0 (x, "eurl_dividends_net_yearly")),
                                                        nm0 (x, "eurl_csm_yearly")),
                                           ps_x_min (x, n (x, 0), nm0 (x, "eurl_profit_yearly"))),
                              ps_x_add (x, pay_tax (x, "eurl"), nm0 (x, "eurl_health_paid_yearly"))));
  e_person = work (x, &row, _("EURL: a month’s remuneration less the health cover paid (its income tax is paid the year after)"),
                   ps_x_div (x, ps_x_sub (x, cell (x, e_net_pay), nm0 (x, "eurl_health_paid_yearly")), n (x, 12)));
  e_receipt = work (x, &row, _("SASU and EURL: a month’s invoice"), ps_x_div (x, nm (x, "eurl_revenue_yearly"), n (x, 12)));
  e_costs = work (x, &row, _("SASU and EURL: running costs and expenses a month"),
                  ps_x_div (x, ps_x_add (x, nm (x, "eurl_costs_yearly"), nm (x, "eurl_expenses_yearly")), n (x, 12)));
  /* the flat base's contributions: the engine's (the TNS scale on 19 % of
   * the PASS), a constant */
  ps_sheet_string (s, row, 0,
                   /* xgettext:no-c-format */
                   _("EURL: the provisional calls of the first year, on 19% of the PASS (from the 4th month)"),
                   x->fmt.label_indent);
  provisional = ps_sheet_number (s, row++, 1, ps_tns_first_years_provisional (x->p), x->fmt.money);
  ps_define_name (x, "cash_eurl_provisional_yearly", provisional);
  row++;

  /* the notes on the table, written once the columns are sized: above it,
   * on the first page (below it, on paper, column A alone repeated on the
   * second page would cut them) */
  notes = row;
  row += 3;

  table = row;
  ps_sheet_string (s, table, 0, _("Month"), x->fmt.header_left);
  for (int a = 0; a < N_ACCOUNTS; a++)
    {
      g_autofree char *net = g_strdup_printf ("%s\n%s", account_names[a], _("net"));
      g_autofree char *cum = g_strdup_printf ("%s\n%s", account_names[a], _("cumulative"));

      ps_sheet_string (s, table, 1 + 2 * a, net, x->fmt.header);
      ps_sheet_string (s, table, 2 + 2 * a, cum, x->fmt.header);
    }
  ps_sheet_header_row (s, table, 3);

  months_fmt = month_format (x);
  for (int m = 1; m <= PS_CASHFLOW_MONTHS; m++)
    {
      int r = table + m;
      PsCell month = ps_sheet_number (s, r, 0, m, months_fmt);
      PsX mm = cell (x, month);
      PsX billed = ps_x_sub (x, mm, L);   /* the month whose invoice is paid now */
      PsX nets[N_ACCOUNTS];

      /* portage: the salary of month m − P, the réserve at a mission's end */
      {
        PsX P = ps_x_if (x, ps_x_cmp (x, nm (x, "cash_salary_advance"), "=", n (x, 1)), n (x, 0), L);
        PsX worked = ps_x_sub (x, mm, P);

        nets[PS_STATUS_PORTAGE] =
          ps_x_sub (x, ps_x_if (x, ge (x, worked, 1),
                                ps_x_add (x, cell (x, p_salary),
                                          ps_x_if (x, ps_x_cmp (x, mod_x (x, worked, M), "=", n (x, 0)),
                                                   ps_x_mul (x, M, cell (x, p_reserve)), n (x, 0))),
                                n (x, 0)),
                    cell (x, p_pocket));
      }
      nets[PS_STATUS_CDI] = ps_x_div (x, nm (x, "cdi_net_after_tax_yearly"), n (x, 12));
      /* micro: the invoice paid; the declarations of the month before, or
       * of the quarter before; the first one at least 90 days after the
       * start (as ps-cashflow.c): monthly, the receipts of months 1 to 4
       * paid in month 5; quarterly, of months 1 to 6 in month 7 */
      {
        PsX prev = ps_x_sub (x, mm, n (x, 1));
        PsX monthly_count = ps_x_if (x, ps_x_cmp (x, mm, "<", n (x, 5)), n (x, 0),
                                     ps_x_if (x, ps_x_cmp (x, mm, "=", n (x, 5)), ps_x_max (x, n (x, 0), ps_x_sub (x, n (x, 4), L)),
                                              ps_x_if (x, ge (x, ps_x_sub (x, prev, L), 1), n (x, 1), n (x, 0))));
        PsX quarter_count = ps_x_if (x, ps_x_cmp (x, mm, "<", n (x, 7)), n (x, 0),
                                     ps_x_if (x, ps_x_cmp (x, mm, "=", n (x, 7)), ps_x_max (x, n (x, 0), ps_x_sub (x, n (x, 6), L)),
                                              ps_x_if (x, ps_x_cmp (x, mod_x (x, prev, n (x, 3)), "=", n (x, 0)),
                                                       ps_x_max (x, n (x, 0), ps_x_min (x, n (x, 3), ps_x_sub (x, prev, L))),
                                                       n (x, 0))));
        PsX count = ps_x_if (x, ps_x_cmp (x, nm (x, "cash_micro_quarterly"), "=", n (x, 1)), quarter_count, monthly_count);

        nets[PS_STATUS_MICRO] =
          ps_x_sub (x, ps_x_sub (x, ps_x_if (x, ge (x, billed, 1), cell (x, m_receipt), n (x, 0)),
                                 ps_x_mul (x, count, ps_x_add (x, cell (x, m_contrib), cell (x, m_tax)))),
                    cell (x, m_costs));
      }
      nets[PS_STATUS_SASU] = cell (x, s_person);
      if (eurl_ir)
        nets[PS_STATUS_EURL] =
          ps_x_sub (x, ps_x_sub (x, ps_x_sub (x, ps_x_if (x, ge (x, billed, 1), cell (x, e_receipt), n (x, 0)), cell (x, e_costs)),
                                 ps_x_div (x, nm0 (x, "eurl_health_paid_yearly"), n (x, 12))),
                    ps_x_if (x, ge (x, mm, 4), ps_x_div (x, cell (x, provisional), n (x, 9)), n (x, 0)));
      else
        nets[PS_STATUS_EURL] = cell (x, e_person);
      /* the companies: the invoice paid; the net pay and the costs; the
       * contributions the month after (SASU) or the provisional calls */
      nets[PS_N_STATUSES] =
        ps_x_sub (x, ps_x_sub (x, ps_x_if (x, ge (x, billed, 1), cell (x, e_receipt), n (x, 0)),
                               ps_x_add (x, ps_x_div (x, cell (x, s_net_pay), n (x, 12)), cell (x, e_costs))),
                  ps_x_if (x, ge (x, mm, 2),
                           ps_x_div (x, ps_x_sub (x, nm (x, "sasu_pay_yearly"), cell (x, s_net_pay)), n (x, 12)), n (x, 0)));
      nets[PS_N_STATUSES + 1] =
        ps_x_sub (x, ps_x_sub (x, ps_x_if (x, ge (x, billed, 1), cell (x, e_receipt), n (x, 0)),
                               ps_x_add (x, ps_x_div (x, cell (x, e_net_pay), n (x, 12)), cell (x, e_costs))),
                  ps_x_if (x, ge (x, mm, 4), ps_x_div (x, cell (x, provisional), n (x, 9)), n (x, 0)));

      for (int a = 0; a < N_ACCOUNTS; a++)
        {
          PsCell net, cum;
          g_autofree char *name = NULL;

          if (!has[a])
            {
              ps_sheet_string (s, r, 1 + 2 * a, "—", x->fmt.text_right);
              ps_sheet_string (s, r, 2 + 2 * a, "—", x->fmt.text_right);
              continue;
            }
          net = ps_sheet_formula (s, r, 1 + 2 * a, nets[a], x->fmt.money);
          cum = ps_sheet_formula (s, r, 2 + 2 * a,
                                  m == 1 ? cell (x, net) : ps_x_add (x, cell (x, ps_cell (s, r - 1, 2 + 2 * a)), cell (x, net)),
                                  x->fmt.money);
          name = g_strdup_printf ("cash_%s_m%d", ids[a], m);
          ps_define_name (x, name, cum);
          if (m == 1)
            cum_first[a] = cum;
          cum_last[a] = cum;
        }
    }

  /* after the twelfth month: what is still to receive less what is still
   * to pay (the last invoices, the réserve, the income tax of a new
   * business, the dividends, the corporate tax, the TNS regularisation):
   * the year's net less the twelve months'; a company keeps nothing once
   * it has paid its dividends. Then month 12 plus it: the year. */
  row = table + PS_CASHFLOW_MONTHS + 1;
  {
    PsX year[N_ACCOUNTS];

    year[PS_STATUS_PORTAGE] = ps_x_mul (x, n (x, 12), ps_x_sub (x, ps_x_add (x, cell (x, p_salary), cell (x, p_reserve)), cell (x, p_pocket)));
    year[PS_STATUS_CDI] = nm (x, "cdi_net_after_tax_yearly");
    year[PS_STATUS_MICRO] = nm (x, "micro_net_after_tax_yearly");
    year[PS_STATUS_SASU] = nm (x, "sasu_net_after_tax_yearly");
    year[PS_STATUS_EURL] = nm (x, "eurl_net_after_tax_yearly");
    year[PS_N_STATUSES] = n (x, 0);
    year[PS_N_STATUSES + 1] = n (x, 0);
    ps_sheet_string (s, row, 0, _("After the year"), x->fmt.label);
    ps_sheet_string (s, row + 1, 0, _("The year (month 12 + after)"), x->fmt.label_total);
    for (int a = 0; a < N_ACCOUNTS; a++)
      {
        g_autofree char *name = NULL;
        PsCell after, total;

        if (!has[a])
          continue;
        after = ps_sheet_formula (s, row, 1 + 2 * a, ps_x_sub (x, year[a], cell (x, cum_last[a])), x->fmt.money);
        total = ps_sheet_formula (s, row + 1, 2 + 2 * a, ps_x_add (x, cell (x, cum_last[a]), cell (x, after)), x->fmt.money_total);
        name = g_strdup_printf ("cash_%s_after", ids[a]);
        ps_define_name (x, name, after);
        g_free (name);
        name = g_strdup_printf ("cash_%s_year", ids[a]);
        ps_define_name (x, name, total);
      }
    row += 2;
  }

  /* from which month the cumulative stays above zero */
  ps_sheet_string (s, row, 0, _("Positive from month"), x->fmt.label_total);
  for (int a = 0; a < N_ACCOUNTS; a++)
    {
      g_autofree char *range = NULL;
      g_autofree char *months = NULL;
      g_autofree char *text = NULL;
      g_autofree char *name = NULL;
      double last_nonpositive = 0;
      PsCell r;

      if (!has[a])
        continue;
      range = ps_range_absolute (cum_first[a], cum_last[a]);
      months = ps_range_absolute (ps_cell (s, table + 1, 0), ps_cell (s, table + PS_CASHFLOW_MONTHS, 0));
      for (int m = 1; m <= PS_CASHFLOW_MONTHS; m++)
        if (ps_cell_value (ps_cell (s, table + m, 2 + 2 * a)) <= 0.005)
          last_nonpositive = m;
      text = g_strdup_printf ("IF(%s>0.005,SUMPRODUCT(MAX((%s<=0.005)*%s))+1,0)",
                              g_strrstr (range, ":") + 1, range, months);
      r = ps_sheet_formula (s, row, 2 + 2 * a,
                            ps_x_raw (x, text, ps_cell_value (cum_last[a]) > 0.005 ? last_nonpositive + 1 : 0),
                            x->fmt.integer);
      name = g_strdup_printf ("cash_%s_positive_from", ids[a]);
      ps_define_name (x, name, r);
    }
  row += 2;

  ps_sheet_fit_columns (s, 0, 0, 24, 60);
  ps_sheet_fit_columns (s, 1, 2 * N_ACCOUNTS, 11, 14);
  /* the notes wrapped over the first printed page's width (the month and
   * seven columns), not cut at its edge; a page of their own with the
   * inputs, the table from the next one */
  {
    const char *texts[] = {
      _("0: not within the first year. What falls after the twelfth month (the last invoices, the réserve, the income tax of a new business, the dividends, the corporate tax, the TNS regularisation) is paid the year after: the row “After the year”."),
      _("The micro’s first declaration comes at least 90 days after the start: monthly, months 1 to 4 paid in month 5; quarterly, months 1 to 6 in month 7."),
    };
    const int last = 7;
    double width = 0;

    for (int col = 0; col <= last; col++)
      width += s->col_width[col];
    for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
      {
        g_autofree char *typo = ps_xlsx_typo (x, texts[i]);
        int lines = ps_text_lines (ps_text_width (typo, FALSE), width);

        worksheet_merge_range (s->ws, notes + i, 0, notes + i, last, typo, x->fmt.note_wrap);
        worksheet_set_row (s->ws, notes + i, 13.5 * MAX (1, lines), NULL);
      }
  }
  worksheet_freeze_panes (s->ws, table + 1, 1);
  ps_sheet_print_setup (s, TRUE);
  /* on paper: fifteen columns are too many for one page, two pages wide,
   * the months (column A) and the table's header on each */
  worksheet_fit_to_pages (s->ws, 2, 0);
  worksheet_repeat_columns (s->ws, 0, 0);
  worksheet_repeat_rows (s->ws, table, table);
  {
    /* the months' table from the top of a page, whole */
    lxw_row_t breaks[] = { table, 0 };

    worksheet_set_h_pagebreaks (s->ws, breaks);
  }
}
