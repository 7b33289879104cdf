/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The micro-entreprise sheet: live formulas from the Summary's inputs and
 * the Assumptions sheet to the net after income tax, in the engine's order
 * (ps-micro.c): the contributions declared each month and rounded to the
 * euro, the net before tax to the euro, the income tax on the scale after
 * the flat abatement (or the versement libératoire), the net after tax to
 * the euro, then the running costs and the expenses, paid from the net. */
#define G_LOG_DOMAIN "ps-xlsx"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ps-money.h"
#include "ps-line-label.h"
#include "ps-xlsx-private.h"

/* the table, from the revenue to the net */
enum
{
  R_REVENUE,
  R_SOCIAL,
  R_CFP,
  R_NET_BEFORE_TAX,
  R_TAX,
  R_NET_AFTER_TAX,
  R_COSTS,
  R_EXPENSES,
  R_HEALTH,
  R_NET,
  R_N_ROWS
};

/* for reference */
enum
{
  K_CA,
  K_RATE,
  K_SOCIAL_MONTH,
  K_CONTRIBUTIONS,
  K_STATUS_NET_BEFORE_TAX,
  K_VL_LIMIT,
  K_ELIGIBLE,
  K_N_ROWS
};

/* contribution lines */
enum
{
  L_LABEL,
  L_BASE,
  L_RATE,
  L_AMOUNT,
};

#define N_ALERTS 3
#define N_LINES 3

/* a yes/no input of the Summary is set */
/* one of the engine's French line labels, in the workbook's language */
static const char *
label_in (PsXlsx     *x,
          const char *french)
{
  const char *en = x->french ? NULL : ps_line_label_en (french);

  return en != NULL ? en : french;
}

static PsX
chosen (PsXlsx     *x,
        const char *name)
{
  return ps_x_cmp (x, nm (x, name), "<>", n (x, 0));
}

/* The income tax of the year from @row: returns its cell. */
static PsCell
write_tax (PsXlsx  *x,
           PsStatus status,
           int      row,
           PsCell   ca)
{
  PsSheet *s = x->current;
  PsX CA = cell (x, ca);
  PsCell vl, abatement, taxable, scale;

  ps_sheet_string (s, row++, 0, _("Income tax: versement libératoire, or the scale after the flat abatement"),
                   x->fmt.section);
  ps_xlsx_tax_line (x, &row, _("Versement libératoire chosen (Summary: 1 = yes)"), nm (x, "micro_vl"), x->fmt.number);
  vl = ps_xlsx_tax_line (x, &row, _("Versement libératoire: its rate × the revenue declared"),
                         ps_x_mul (x, nm (x, "micro_vl_pct"), CA), x->fmt.money);
  abatement = ps_xlsx_tax_line (x, &row, _("Flat abatement for costs (its rate × the revenue declared, at least its minimum)"),
                                ps_x_max (x, ps_x_mul (x, nm (x, "micro_abatement_pct"), CA), nm (x, "micro_abatement_min")),
                                x->fmt.money);
  taxable = ps_xlsx_tax_line (x, &row, _("Taxable income (none with the versement libératoire)"),
                              ps_x_if (x, chosen (x, "micro_vl"), n (x, 0),
                                       ps_x_max (x, n (x, 0), ps_x_sub (x, CA, cell (x, abatement)))),
                              x->fmt.money);
  name_cell (x, status, "taxable_income_yearly", taxable);
  if (x->c->scenario.tax.method == PS_TAX_RATE)
    {
      PsCell rate = ps_xlsx_tax_line (x, &row, _("Personal rate (Summary)"), nm (x, "tax_rate"), x->fmt.rate);

      scale = ps_xlsx_tax_line (x, &row, _("Tax at the personal rate"), ps_x_mul (x, cell (x, rate), cell (x, taxable)),
                                x->fmt.money);
    }
  else
    /* the PAS neutral rate is for salaries: the scale applies */
    scale = ps_xlsx_write_scale (x, &row, cell (x, taxable));
  return ps_xlsx_tax_line (x, &row, _("Income tax for the year"),
                           ps_x_if (x, chosen (x, "micro_vl"), cell (x, vl), cell (x, scale)), x->fmt.money_total);
}

void
ps_xlsx_write_micro (PsXlsx        *x,
                     PsStatus       status,
                     PsStatusCells *out)
{
  PsSheet *s = x->status_sheet[status];
  const PsParams *p = x->p;
  int top = 3;
  int cas = top + 1;
  int memo = cas + R_N_ROWS + 1;
  int warn = memo + 1 + K_N_ROWS + 1;
  int lines_row = warn + 2 + N_ALERTS + 1;
  int tax_row = lines_row + 2 + N_LINES + 1 + 1;
  PsCell c[R_N_ROWS], y[R_N_ROWS], k[K_N_ROWS], ky[K_N_ROWS];
  PsCell tax, line_amount[N_LINES];
  PsX revenue, CA, yes = ps_x_str (x, _("yes")), no = ps_x_str (x, _("no"));
  g_autofree char *subtitle = NULL;

  ps_sheet_begin (s);
  subtitle = g_strdup_printf (_("BNC, activité libérale non réglementée (SSI): the contributions are declared each month, rounded to the euro. Income tax: %s. Formulas follow the Summary’s inputs and the Assumptions sheet."),
                              x->c->scenario.tax.method == PS_TAX_RATE ? _("personal rate") : _("progressive scale"));
  ps_xlsx_title (x, _("Micro-entreprise: from the revenue to the net"), subtitle);
  ps_xlsx_column_headers (x, top, "", _("Per month"), _("Per year"), NULL);

  /* the revenue, as declared */
  revenue = ps_x_mul (x, nm (x, "tjm"), nm (x, "days_per_year"));
  y[R_REVENUE] = ps_xlsx_money_row_yearly (x, status, cas + R_REVENUE, _("Revenue excl. VAT (day rate × days billed)"),
                                           revenue, FALSE, NULL, "revenue_yearly", &c[R_REVENUE]);
  ps_sheet_string (s, memo, 0, _("For reference"), x->fmt.section);
  ky[K_CA] = ps_xlsx_money_row_yearly (x, status, memo + 1 + K_CA, _("Revenue declared, to the euro"),
                                       ps_x_max (x, n (x, 0), ps_x_round (x, cell (x, y[R_REVENUE]), 0)), FALSE,
                                       NULL, NULL, &k[K_CA]);
  CA = cell (x, ky[K_CA]);

  /* the rate, ACRE applied */
  ps_sheet_string (s, memo + 1 + K_RATE, 0, _("Rate of the social contributions (ACRE applied if chosen in the Summary)"),
                   x->fmt.label);
  k[K_RATE] = ps_sheet_formula (s, memo + 1 + K_RATE, 1,
                                ps_x_if (x, chosen (x, "micro_acre"),
                                         ps_x_div (x, ps_x_round_x (x, ps_x_mul (x, ps_x_mul (x, nm (x, "micro_acre_pct"),
                                                                                              nm (x, "micro_bnc_pct")),
                                                                                 n (x, 100)),
                                                                    nm (x, "micro_acre_decimals")),
                                                   n (x, 100)),
                                         nm (x, "micro_bnc_pct")),
                                x->fmt.rate);
  name_cell (x, status, "social_rate", k[K_RATE]);

  /* the contributions, declared monthly */
  k[K_SOCIAL_MONTH] = ps_xlsx_money_row (x, status, memo + 1 + K_SOCIAL_MONTH,
                                         _("Social contributions declared each month (rate × revenue / 12, to the euro)"),
                                         ps_x_round (x, ps_x_div (x, ps_x_mul (x, cell (x, k[K_RATE]), CA), n (x, 12)), 0),
                                         FALSE, NULL, &ky[K_SOCIAL_MONTH]);
  y[R_SOCIAL] = ps_xlsx_money_row_yearly (x, status, cas + R_SOCIAL, _("− Social contributions"),
                                          cell (x, ky[K_SOCIAL_MONTH]), FALSE, NULL, "social_contributions_yearly",
                                          &c[R_SOCIAL]);
  c[R_CFP] = ps_xlsx_money_row (x, status, cas + R_CFP, _("− Training contribution (CFP)"),
                                ps_x_div (x, ps_x_mul (x, nm (x, "micro_cfp_pct"), CA), n (x, 12)), FALSE, NULL, &y[R_CFP]);
  name_cell (x, status, "cfp_yearly", y[R_CFP]);
  ky[K_CONTRIBUTIONS] = ps_xlsx_money_row_yearly (x, status, memo + 1 + K_CONTRIBUTIONS, _("All social contributions"),
                                                  ps_x_add (x, cell (x, y[R_SOCIAL]), cell (x, y[R_CFP])), FALSE,
                                                  NULL, "contributions_yearly", &k[K_CONTRIBUTIONS]);
  y[R_NET_BEFORE_TAX] = ps_xlsx_money_row_yearly (x, status, cas + R_NET_BEFORE_TAX, _("= Net before income tax, to the euro"),
                                                  ps_x_round (x, ps_x_sub (x, cell (x, y[R_REVENUE]), cell (x, ky[K_CONTRIBUTIONS])), 0),
                                                  TRUE, NULL, NULL, &c[R_NET_BEFORE_TAX]);

  /* the income tax */
  tax = write_tax (x, status, tax_row, ky[K_CA]);
  {
    g_autofree char *text = g_strdup_printf (_("− Income tax (%s)"),
                                             x->c->scenario.tax.method == PS_TAX_RATE ? _("personal rate, or the versement libératoire")
                                                                                     : _("scale, or the versement libératoire"));
    y[R_TAX] = ps_xlsx_money_row_yearly (x, status, cas + R_TAX, text, cell (x, tax), FALSE, NULL, "income_tax_yearly", &c[R_TAX]);
  }
  y[R_NET_AFTER_TAX] = ps_xlsx_money_row_yearly (x, status, cas + R_NET_AFTER_TAX, _("= Net after income tax, to the euro"),
                                                 ps_x_round (x, ps_x_sub (x, cell (x, y[R_NET_BEFORE_TAX]), cell (x, y[R_TAX])), 0),
                                                 TRUE, NULL, NULL, &c[R_NET_AFTER_TAX]);

  /* the costs, paid from the net */
  y[R_COSTS] = ps_xlsx_money_row_yearly (x, status, cas + R_COSTS, _("− Running costs (insurance, bank; Summary)"),
                                         nm (x, "micro_running_costs_yearly"), FALSE, NULL, "costs_yearly", &c[R_COSTS]);
  y[R_EXPENSES] = ps_xlsx_money_row_yearly (x, status, cas + R_EXPENSES,
                                            _("− Professional expenses (paid from the net: micro deducts no real costs)"),
                                            ps_x_mul (x, nm (x, "expenses_monthly"), n (x, 12)), FALSE, NULL,
                                            "expenses_yearly", &c[R_EXPENSES]);
  /* health cover and prévoyance: not deductible (the abatement stands
   * for every cost), to the cent */
  y[R_HEALTH] = ps_xlsx_money_row_yearly (x, status, cas + R_HEALTH,
                                          _("− Health cover and prévoyance (Summary; not deductible in micro)"),
                                          ps_x_max (x, n (x, 0), ps_x_round (x, nm (x, "health_budget_yearly"), 2)), FALSE,
                                          NULL, "health_yearly", &c[R_HEALTH]);
  y[R_NET] = ps_xlsx_money_row_yearly (x, status, cas + R_NET, _("= Net after income tax, costs, expenses and health cover"),
                                       ps_x_sub (x, ps_x_sub (x, ps_x_sub (x, cell (x, y[R_NET_AFTER_TAX]), cell (x, y[R_COSTS])),
                                                              cell (x, y[R_EXPENSES])),
                                                 cell (x, y[R_HEALTH])),
                                       TRUE, "net_after_tax_monthly", "net_after_tax_yearly", &c[R_NET]);
  ky[K_STATUS_NET_BEFORE_TAX] = ps_xlsx_money_row_yearly (x, status, memo + 1 + K_STATUS_NET_BEFORE_TAX,
                                                          _("Net before income tax, after the costs, expenses and health cover"),
                                                          ps_x_sub (x, ps_x_sub (x, ps_x_sub (x, cell (x, y[R_NET_BEFORE_TAX]),
                                                                                              cell (x, y[R_COSTS])),
                                                                                 cell (x, y[R_EXPENSES])),
                                                                    cell (x, y[R_HEALTH])),
                                                          FALSE, NULL, "net_before_tax_yearly",
                                                          &k[K_STATUS_NET_BEFORE_TAX]);

  ps_sheet_string (s, memo + 1 + K_VL_LIMIT, 0,
                   _("Versement libératoire: the household’s reference tax income of two years before must not exceed"),
                   x->fmt.label);
  ky[K_VL_LIMIT] = ps_sheet_formula (s, memo + 1 + K_VL_LIMIT, 2,
                                     ps_x_mul (x, nm (x, "micro_vl_rfr_limit_per_part"),
                                               ps_x_max (x, n (x, 1), nm (x, "tax_parts"))),
                                     x->fmt.money);
  name_cell (x, status, "vl_rfr_limit", ky[K_VL_LIMIT]);
  ps_sheet_string (s, memo + 1 + K_ELIGIBLE, 0, _("Within the micro-entreprise ceiling (else micro is not compared as the best)"),
                   x->fmt.label);
  k[K_ELIGIBLE] = ps_sheet_formula (s, memo + 1 + K_ELIGIBLE, 1,
                                    ps_x_if (x, ps_x_cmp (x, CA, ">", nm (x, "micro_threshold")), no, yes), x->fmt.check);
  name_cell (x, status, "eligible", k[K_ELIGIBLE]);
  x->eligible[status] = k[K_ELIGIBLE];

  /* the alerts, as the engine words them (amounts of the rates in force) */
  {
    g_autofree char *threshold = ps_format_money (p->micro_threshold);
    g_autofree char *vat = ps_format_money (p->vat_franchise);
    g_autofree char *vat_high = ps_format_money (p->vat_franchise_high);
    g_autofree char *t0 = g_strdup_printf (_("The revenue is above the micro-entreprise ceiling of %s: after two years above it, the business leaves the micro regime."), threshold);
    g_autofree char *t1 = g_strdup_printf (_("The revenue is above %s: VAT is due from the day the threshold is crossed (bill the day rate plus 20%% VAT from then on)."), vat_high);
    g_autofree char *t2 = g_strdup_printf (_("The revenue is above the VAT franchise of %s: VAT is due from next year (bill the day rate plus 20%% VAT)."), vat);
    const char *texts[N_ALERTS] = { t0, t1, t2 };
    PsX alerts[N_ALERTS];

    alerts[0] = ps_x_cmp (x, CA, ">", nm (x, "micro_threshold"));
    alerts[1] = ps_x_cmp (x, CA, ">", nm (x, "vat_franchise_high"));
    alerts[2] = ps_x_and (x, ps_x_cmp (x, CA, ">", nm (x, "vat_franchise")),
                          ps_x_cmp (x, CA, "<=", nm (x, "vat_franchise_high")));
    ps_xlsx_write_alerts (x, warn, N_ALERTS, alerts, texts);
  }

  /* the contributions and the versement libératoire, line by line (the
   * labels are the engine's) */
  {
    int row = lines_row;
    PsX vl_amount = ps_x_if (x, chosen (x, "micro_vl"), ps_x_mul (x, nm (x, "micro_vl_pct"), CA), n (x, 0));
    struct
    {
      const char *label;
      PsX         rate;
      PsX         amount;
    } lines[N_LINES] = {
      { NULL, cell (x, k[K_RATE]), cell (x, y[R_SOCIAL]) },
      { "Contribution à la formation professionnelle", nm (x, "micro_cfp_pct"), cell (x, y[R_CFP]) },
      { "Versement libératoire de l’impôt sur le revenu", nm (x, "micro_vl_pct"), vl_amount },
    };

    ps_sheet_string (s, row++, 0, _("Contributions of the year, line by line"), x->fmt.section);
    ps_sheet_string (s, row, L_LABEL, _("Contribution"), x->fmt.header_left);
    ps_sheet_string (s, row, L_BASE, _("Base"), x->fmt.header);
    ps_sheet_string (s, row, L_RATE, _("Rate"), x->fmt.header);
    ps_sheet_string (s, row, L_AMOUNT, _("Per year"), x->fmt.header);
    row++;
    for (int i = 0; i < N_LINES; i++, row++)
      {
        if (lines[i].label != NULL)
          ps_sheet_string (s, row, L_LABEL, label_in (x, lines[i].label), x->fmt.label);
        else
          ps_sheet_formula (s, row, L_LABEL,
                            ps_x_if (x, chosen (x, "micro_acre"), ps_x_str (x, label_in (x, "Cotisations sociales (taux ACRE)")),
                                     ps_x_str (x, label_in (x, "Cotisations sociales"))),
                            x->fmt.label);
        ps_sheet_formula (s, row, L_BASE, CA, x->fmt.money);
        ps_sheet_formula (s, row, L_RATE, lines[i].rate, x->fmt.rate);
        line_amount[i] = ps_sheet_formula (s, row, L_AMOUNT, lines[i].amount, x->fmt.money);
      }
    ps_sheet_string (s, row, L_LABEL, _("Total social contributions (the versement libératoire is income tax)"),
                     x->fmt.label_total);
    ps_sheet_formula (s, row, L_AMOUNT, ps_x_add (x, cell (x, line_amount[0]), cell (x, line_amount[1])), x->fmt.money_total);
  }

  out->cell[PS_FIELD_REVENUE] = y[R_REVENUE];
  out->cell[PS_FIELD_COSTS] = y[R_COSTS];
  out->cell[PS_FIELD_EXPENSES] = y[R_EXPENSES];
  out->cell[PS_FIELD_CONTRIBUTIONS] = ky[K_CONTRIBUTIONS];
  out->cell[PS_FIELD_NET_BEFORE_TAX] = ky[K_STATUS_NET_BEFORE_TAX];
  out->cell[PS_FIELD_INCOME_TAX] = y[R_TAX];
  out->cell[PS_FIELD_NET_AFTER_TAX] = y[R_NET];

  worksheet_freeze_panes (s->ws, top + 1, 1);
  ps_sheet_fit_columns (s, 0, 0, 40, 72);
  ps_sheet_set_columns (s, 1, 3, 15);
  ps_sheet_print_setup (s, FALSE);
  worksheet_print_area (s->ws, 0, 0, tax_row + 1 + 4 + (x->c->scenario.tax.method == PS_TAX_RATE ? 2 : ps_xlsx_scale_rows ()),
                        L_AMOUNT);
}
