/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The salaried statuses' sheets, their income tax: the scale, the tax of
 * the month's taxable net, the verdict and the alerts (moved from
 * ps-xlsx-salary.c). */
#define G_LOG_DOMAIN "ps-xlsx"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "ps-xlsx-salary-private.h"

/* ------------------------------------------------------------ income tax */

/* Σ rate × MAX (0, MIN (income, upper) − lower) over a bracket table */
PsX
ps_xlsx_scale_x (PsXlsx             *x,
                 const PsTableCells *t,
                 PsX                 income)
{
  PsX sum = n (x, 0);

  for (int i = 0; i < t->n; i++)
    {
      PsX top = t->upper[i].row >= 0 ? ps_x_min (x, income, cell (x, t->upper[i])) : income;
      PsX term = ps_x_mul (x, cell (x, t->rate[i]), ps_x_max (x, n (x, 0), ps_x_sub (x, top, cell (x, t->lower[i]))));

      sum = i == 0 ? term : ps_x_add (x, sum, term);
    }
  return sum;
}

int
ps_xlsx_tax_rows (PsXlsx *x)
{
  switch (x->c->scenario.tax.method)
    {
    case PS_TAX_NEUTRAL:
    case PS_TAX_RATE:
      return 1 + 3;
    case PS_TAX_BAREME:
    default:
      return 1 + 19;
    }
}

PsCell
ps_xlsx_tax_line (PsXlsx     *x,
                  int        *row,
                  const char *text,
                  PsX         e,
                  lxw_format *fmt)
{
  label (x->current, *row, text, fmt == x->fmt.money_total ? x->fmt.label_total : x->fmt.label_indent);
  return ps_sheet_formula (x->current, (*row)++, 1, e, fmt);
}

int
ps_xlsx_scale_rows (void)
{
  return 14;
}

/* The household quotient on the scale, from @row (ps_xlsx_scale_rows ()
 * rows): the yearly tax on @income (net taxable income, yearly), before
 * rounding, as ps_income_tax_bareme () computes it. */
PsCell
ps_xlsx_write_scale (PsXlsx *x,
                     int    *row,
                     PsX     R)
{
  PsX parts, ref, q, qref, with_parts, without, gross_tax, decote, after, cehr;
  PsCell c;

  c = ps_xlsx_tax_line (x, row, _("Household parts (Summary)"), nm (x, "tax_parts"), x->fmt.number);
  parts = cell (x, c);
  c = ps_xlsx_tax_line (x, row, _("Reference parts (1 single, 2 couple)"),
                ps_x_if (x, ps_x_cmp (x, parts, ">=", n (x, 2)), n (x, 2), n (x, 1)), x->fmt.number);
  ref = cell (x, c);
  c = ps_xlsx_tax_line (x, row, _("Income per part"), ps_x_div (x, R, parts), x->fmt.money);
  q = cell (x, c);
  c = ps_xlsx_tax_line (x, row, _("Tax per part (scale)"), ps_xlsx_scale_x (x, &x->ir, q), x->fmt.money);
  c = ps_xlsx_tax_line (x, row, _("Tax with every part"), ps_x_mul (x, cell (x, c), parts), x->fmt.money);
  with_parts = cell (x, c);
  c = ps_xlsx_tax_line (x, row, _("Income per reference part"), ps_x_div (x, R, ref), x->fmt.money);
  qref = cell (x, c);
  c = ps_xlsx_tax_line (x, row, _("Tax with the reference parts"), ps_x_mul (x, ps_xlsx_scale_x (x, &x->ir, qref), ref), x->fmt.money);
  without = cell (x, c);
  c = ps_xlsx_tax_line (x, row, _("Cap on the advantage of the extra half-parts"),
                ps_x_mul (x, ps_x_mul (x, nm (x, "qf_cap_half_part"), ps_x_sub (x, parts, ref)), n (x, 2)),
                x->fmt.money);
  c = ps_xlsx_tax_line (x, row, _("Tax with the capped advantage"),
                ps_x_max (x, n (x, 0), ps_x_sub (x, without, cell (x, c))), x->fmt.money);
  without = cell (x, c);
  c = ps_xlsx_tax_line (x, row, _("Tax before the décote (the higher of the two)"),
                ps_x_max (x, with_parts, without), x->fmt.money);
  gross_tax = cell (x, c);
  c = ps_xlsx_tax_line (x, row, _("Décote"),
                ps_x_max (x, n (x, 0),
                          ps_x_sub (x, ps_x_if (x, ps_x_cmp (x, parts, ">=", n (x, 2)),
                                                nm (x, "decote_couple"), nm (x, "decote_single")),
                                    ps_x_mul (x, nm (x, "decote_pct"), gross_tax))),
                x->fmt.money);
  decote = cell (x, c);
  c = ps_xlsx_tax_line (x, row, _("Tax after the décote"), ps_x_max (x, n (x, 0), ps_x_sub (x, gross_tax, decote)),
                x->fmt.money);
  after = cell (x, c);
  c = ps_xlsx_tax_line (x, row, _("High-income contribution (CEHR)"),
                ps_x_if (x, ps_x_cmp (x, parts, ">=", n (x, 2)), ps_xlsx_scale_x (x, &x->cehr_couple, R),
                         ps_xlsx_scale_x (x, &x->cehr_single, R)),
                x->fmt.money);
  cehr = cell (x, c);
  return ps_xlsx_tax_line (x, row, _("Tax for the year, before rounding"), ps_x_add (x, after, cehr), x->fmt.money);
}

/* The PAS neutral rate of @monthly (≥ 0): the grid's bracket whose lower
 * bound is the highest not above it, as ps_income_tax_neutral_rate (). */
PsX
ps_xlsx_neutral_rate_x (PsXlsx *x,
                        PsX     monthly)
{
  g_autofree char *lowers = ps_range_absolute (x->pas.lower[0], x->pas.lower[x->pas.n - 1]);
  g_autofree char *rates = ps_range_absolute (x->pas.rate[0], x->pas.rate[x->pas.n - 1]);
  g_autofree char *text = g_strdup_printf ("LOOKUP(%s,%s,%s)", monthly.f, lowers, rates);
  double v = 0;

  for (int i = 0; i < x->pas.n; i++)
    if (ps_cell_value (x->pas.lower[i]) <= monthly.v)
      v = ps_cell_value (x->pas.rate[i]);
  return ps_x_raw (x, text, v);
}

/* Writes the income tax on @taxable (monthly) from @row; returns the
 * yearly tax, rounded to the euro, and its average rate in @rate. */
PsCell
ps_xlsx_write_tax (PsXlsx *x,
                   int     row,
                   PsCell  taxable,
                   PsCell *rate)
{
  const PsTaxSettings *tax = &x->c->scenario.tax;
  PsX T = cell (x, taxable);
  PsCell r;

  if (tax->method == PS_TAX_NEUTRAL)
    {
      ps_sheet_string (x->current, row++, 0, _("Income tax: neutral rate of the withholding tax (PAS)"), x->fmt.section);
      ps_xlsx_tax_line (x, &row, _("Monthly taxable net"), T, x->fmt.money);
      r = ps_xlsx_tax_line (x, &row, _("Neutral rate for this monthly taxable net (grid on the Assumptions sheet)"),
                    ps_xlsx_neutral_rate_x (x, T), x->fmt.percent);
    }
  else if (tax->method == PS_TAX_RATE)
    {
      ps_sheet_string (x->current, row++, 0, _("Income tax: personal withholding rate"), x->fmt.section);
      ps_xlsx_tax_line (x, &row, _("Monthly taxable net"), T, x->fmt.money);
      r = ps_xlsx_tax_line (x, &row, _("Personal rate (Summary)"), nm (x, "tax_rate"), x->fmt.rate);
    }
  else
    {
      PsX Y, D, R;
      PsCell c;

      ps_sheet_string (x->current, row++, 0, _("Income tax: progressive scale, household quotient"), x->fmt.section);
      c = ps_xlsx_tax_line (x, &row, _("Taxable net per year"), ps_x_mul (x, T, n (x, 12)), x->fmt.money);
      Y = cell (x, c);
      c = ps_xlsx_tax_line (x, &row,
                    /* xgettext:no-c-format */
                    _("10% deduction for professional expenses (within its bounds)"),
                    ps_x_max (x, ps_x_min (x, ps_x_mul (x, Y, nm (x, "deduction_pct")), nm (x, "deduction_max")),
                              nm (x, "deduction_min")),
                    x->fmt.money);
      D = cell (x, c);
      c = ps_xlsx_tax_line (x, &row, _("Net taxable income"), ps_x_max (x, n (x, 0), ps_x_sub (x, Y, D)), x->fmt.money);
      R = cell (x, c);
      c = ps_xlsx_write_scale (x, &row, R);
      r = ps_xlsx_tax_line (x, &row, _("Average rate on the taxable net"),
                    ps_x_if (x, ps_x_cmp (x, R, ">", n (x, 0)), ps_x_div (x, cell (x, c), Y), n (x, 0)),
                    x->fmt.percent);
    }
  *rate = r;
  return ps_xlsx_tax_line (x, &row, _("Income tax for the year (rate × taxable net, to the euro)"),
                   ps_x_round (x, ps_x_mul (x, ps_x_mul (x, cell (x, r), T), n (x, 12)), 0),
                   x->fmt.money_total);
}

const char *
ps_xlsx_tax_method_text (const PsTaxSettings *t)
{
  switch (t->method)
    {
    case PS_TAX_NEUTRAL: return _("neutral rate of the withholding tax");
    case PS_TAX_RATE: return _("personal withholding rate");
    case PS_TAX_BAREME:
    default: return _("progressive scale");
    }
}

PsCell
ps_xlsx_verdict (PsXlsx *x,
                 int     row,
                 PsCell  cost,
                 PsCell  cost_next,
                 PsCell  gross,
                 PsCell  envelope)
{
  PsX eps = ps_x_add (x, cell (x, envelope), n (x, 1e-9));
  PsX fits = ps_x_cmp (x, cell (x, cost), "<=", eps);
  PsX next_over = ps_x_cmp (x, cell (x, cost_next), ">", eps);
  PsX zero = ps_x_and (x, ps_x_cmp (x, cell (x, gross), "=", n (x, 0)), ps_x_cmp (x, cell (x, cost), ">", eps));

  return ps_sheet_formula (x->current, row, 1,
                           ps_x_if (x, ps_x_or (x, ps_x_and (x, fits, next_over), zero),
                                    ps_x_str (x, _("OK")), ps_x_str (x, _("check the inputs"))),
                           x->fmt.check);
}

void
ps_xlsx_warning_row (PsXlsx     *x,
                     int         row,
                     PsX         cond,
                     const char *text)
{
  g_autofree char *t = g_strconcat ("⚠ ", text, NULL);

  ps_sheet_formula (x->current, row, 0, ps_x_if (x, cond, ps_x_str (x, t), ps_x_str (x, "")), x->fmt.warning);
}

/* "Alerts", then "None." or nothing, then a row per alert (empty unless
 * its condition holds): 2 + @n rows from @row. */
void
ps_xlsx_write_alerts (PsXlsx            *x,
                      int                row,
                      int                n_alerts,
                      const PsX         *conds,
                      const char *const *texts)
{
  PsX any = conds[0];

  ps_sheet_string (x->current, row, 0, _("Alerts"), x->fmt.section);
  for (int i = 1; i < n_alerts; i++)
    any = ps_x_or (x, any, conds[i]);
  ps_sheet_formula (x->current, row + 1, 0, ps_x_if (x, any, ps_x_str (x, ""), ps_x_str (x, _("None."))), x->fmt.label);
  for (int i = 0; i < n_alerts; i++)
    ps_xlsx_warning_row (x, row + 2 + i, conds[i], texts[i]);
}
