/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The EURL sheet: the gérant's TNS contributions (ps-tns.c), his revenu
 * professionnel found by bisection on whole cents, the corporate tax, the
 * dividends and the income tax (ps-xlsx-company.c for what both companies
 * share). */
#define G_LOG_DOMAIN "ps-xlsx"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "ps-line-label.h"
#include "ps-xlsx-company.h"

/* ------------------------------------------------------------ TNS */

/* (rate × 100 × base) / 100, in this order, as ps-tns.c */
static PsX
pct_x (PsXlsx *x,
       PsX     base,
       PsX     rate)
{
  return ps_x_div (x, ps_x_mul (x, ps_x_mul (x, rate, n (x, 100)), base), n (x, 100));
}

static PsX
euros_x (PsXlsx *x,
         PsX     e)
{
  return ps_x_round (x, e, 0);
}

/* A progressive rate: in a straight line between the points (revenu in
 * PASS, rate), the first point's rate below it, the last bounded point's
 * above (ps-tns.c's progressive_rate). @a ≥ 0. */
static PsX
progressive_x (PsXlsx             *x,
               const PsTableCells *t,
               PsX                 pass,
               PsX                 a)
{
  int last = -1;
  PsX result;

  for (int i = 0; i < t->n && t->upper[i].row >= 0; i++)
    last = i;
  if (last < 0)
    return n (x, 0);
  result = cell (x, t->rate[last]);
  for (int i = last; i >= 0; i--)
    {
      PsX upper = ps_x_mul (x, cell (x, t->upper[i]), pass);
      PsX term;

      if (i == 0)
        term = cell (x, t->rate[0]);
      else
        {
          PsX from = cell (x, t->rate[i - 1]);
          PsX lower = ps_x_mul (x, cell (x, t->upper[i - 1]), pass);

          term = ps_x_add (x, from, ps_x_mul (x, ps_x_sub (x, a, lower),
                                              ps_x_div (x, ps_x_sub (x, cell (x, t->rate[i]), from),
                                                        ps_x_sub (x, upper, lower))));
        }
      result = ps_x_if (x, ps_x_cmp (x, a, "<", upper), term, result);
    }
  return result;
}

/* the maladie rate above the last bound (the unbounded point's), or 0 */
static PsX
maladie_above_x (PsXlsx *x)
{
  const PsTableCells *t = &x->tns_maladie;

  if (t->n > 0 && t->upper[t->n - 1].row < 0)
    return cell (x, t->rate[t->n - 1]);
  return n (x, 0);
}

/* the constants of the TNS lines: cells of the sheet */
typedef struct
{
  PsCell pass;
  PsCell abatement_min;
  PsCell abatement_max;
  PsCell min_ij;
  PsCell min_rb;
  PsCell min_id;
  PsCell maladie_cap;
  PsCell cfp;
} TnsConst;

#define TNS_CONST_ROWS 8

static TnsConst
write_tns_const (PsXlsx *x,
                 int     row)
{
  const PsTableCells *t = &x->tns_maladie;
  TnsConst k;
  PsX pss = nm (x, "pss_monthly");
  PsX last = n (x, 0);

  for (int i = 0; i < t->n && t->upper[i].row >= 0; i++)
    last = cell (x, t->upper[i]);
  k.pass = ps_xlsx_tax_line (x, &row, _("PASS (12 × PMSS)"), ps_x_mul (x, pss, n (x, 12)), x->fmt.money);
  k.abatement_min = ps_xlsx_tax_line (x, &row,
                                      /* xgettext:no-c-format */
                                      _("Abatement: its floor (its % of the PASS)"),
                                      ps_x_mul (x, nm (x, "tns_abatement_min_pass_pct"), cell (x, k.pass)), x->fmt.money);
  k.abatement_max = ps_xlsx_tax_line (x, &row,
                                      /* xgettext:no-c-format */
                                      _("Abatement: its cap (its % of the PASS)"),
                                      ps_x_mul (x, nm (x, "tns_abatement_max_pass_pct"), cell (x, k.pass)), x->fmt.money);
  k.min_ij = ps_xlsx_tax_line (x, &row,
                               /* xgettext:no-c-format */
                               _("Indemnités journalières: minimum base (its % of the PASS, to the euro)"),
                               euros_x (x, pct_x (x, cell (x, k.pass), nm (x, "tns_ij_min_pass_pct"))), x->fmt.money);
  k.min_rb = ps_xlsx_tax_line (x, &row, _("Retraite de base: minimum base (hours of the SMIC of 1 January, to the euro)"),
                               euros_x (x, ps_x_mul (x, nm (x, "tns_rb_min_smic_hours"), nm (x, "smic_hourly_year_start"))),
                               x->fmt.money);
  k.min_id = ps_xlsx_tax_line (x, &row,
                               /* xgettext:no-c-format */
                               _("Invalidité-décès: minimum base (its % of the PMSS × 12, to the euro)"),
                               euros_x (x, ps_x_mul (x, pct_x (x, pss, nm (x, "tns_id_min_pss_pct")), n (x, 12))),
                               x->fmt.money);
  k.maladie_cap = ps_xlsx_tax_line (x, &row, _("Maladie: one rate on the whole base up to (last bounded point × PASS)"),
                                    ps_x_mul (x, last, cell (x, k.pass)), x->fmt.money);
  k.cfp = ps_xlsx_tax_line (x, &row,
                            /* xgettext:no-c-format */
                            _("Training contribution (CFP): its % of the PMSS × 12, to the euro"),
                            euros_x (x, ps_x_mul (x, pct_x (x, pss, nm (x, "tns_cfp_pss_pct")), n (x, 12))),
                            x->fmt.money);
  return k;
}

/* Every TNS line on the base, as expressions of the cells before them
 * (ps-tns.c). */
static PsX
tns_abatement_x (PsXlsx         *x,
                 const TnsConst *k,
                 PsX             income)
{
  return ps_x_min (x, ps_x_max (x, ps_x_mul (x, ps_x_max (x, n (x, 0), income), nm (x, "tns_abatement_pct")),
                                cell (x, k->abatement_min)),
                   cell (x, k->abatement_max));
}

static PsX
tns_maladie_x (PsXlsx         *x,
               const TnsConst *k,
               PsX             a,
               PsX             rate)
{
  PsX cap = cell (x, k->maladie_cap);

  return euros_x (x, ps_x_add (x, ps_x_mul (x, ps_x_min (x, a, cap), rate),
                               ps_x_mul (x, ps_x_max (x, n (x, 0), ps_x_sub (x, a, cap)), maladie_above_x (x))));
}

static PsX
tns_ij_base_x (PsXlsx         *x,
               const TnsConst *k,
               PsX             a)
{
  return ps_x_min (x, ps_x_max (x, a, cell (x, k->min_ij)), ps_x_mul (x, nm (x, "tns_ij_max_pass"), cell (x, k->pass)));
}

static PsX
tns_rb_base_x (PsXlsx         *x,
               const TnsConst *k,
               PsX             a)
{
  return ps_x_max (x, a, cell (x, k->min_rb));
}

static PsX
tns_rb_x (PsXlsx         *x,
          const TnsConst *k,
          PsX             base)
{
  PsX pass = cell (x, k->pass);

  return euros_x (x, ps_x_add (x, ps_x_mul (x, ps_x_min (x, base, pass), nm (x, "tns_rb_pct")),
                               ps_x_mul (x, ps_x_max (x, n (x, 0), ps_x_sub (x, base, pass)), nm (x, "tns_rb_above_pct"))));
}

static PsX
tns_rci_x (PsXlsx         *x,
           const TnsConst *k,
           PsX             a)
{
  PsX low = ps_x_mul (x, nm (x, "tns_rci_low_max_pass"), cell (x, k->pass));
  PsX top = ps_x_mul (x, nm (x, "tns_rci_max_pass"), cell (x, k->pass));

  return euros_x (x, ps_x_add (x, ps_x_mul (x, ps_x_min (x, a, low), nm (x, "tns_rci_low_pct")),
                               ps_x_mul (x, ps_x_min (x, ps_x_max (x, ps_x_sub (x, a, low), n (x, 0)),
                                                      ps_x_max (x, n (x, 0), ps_x_sub (x, top, low))),
                                         nm (x, "tns_rci_high_pct"))));
}

static PsX
tns_id_base_x (PsXlsx         *x,
               const TnsConst *k,
               PsX             a)
{
  return ps_x_min (x, ps_x_max (x, a, cell (x, k->min_id)), cell (x, k->pass));
}

/* maladie + retraite de base + RCI + IJ + invalidité-décès + AF, in the
 * engine's order */
static PsX
tns_social_x (PsXlsx *x,
              PsX     maladie,
              PsX     rb,
              PsX     rci,
              PsX     ij,
              PsX     id,
              PsX     af)
{
  return ps_x_add (x, ps_x_add (x, ps_x_add (x, ps_x_add (x, ps_x_add (x, maladie, rb), rci), ij), id), af);
}

/* the TNS contributions in one row, from column @col: the income, its
 * abatement, the base, the line amounts and the total */
enum
{
  T_INCOME,
  T_ABATEMENT,
  T_A,
  T_MALADIE_RATE,
  T_MALADIE,
  T_IJ,
  T_RB,
  T_RCI,
  T_ID,
  T_AF_RATE,
  T_AF,
  T_CSG,
  T_ND,
  T_CFP,
  T_TOTAL,
  T_N_COLS
};

#define V_TNS 1

static void
tns_row_headers (PsXlsx *x,
                 int     row,
                 int     col)
{
  const char *texts[T_N_COLS] = {
    _("Income before contributions"), _("Abatement"), _("Base"), _("Maladie rate"), _("Maladie-maternité"),
    _("Indemnités journalières"), _("Retraite de base"), _("Retraite complémentaire"), _("Invalidité-décès"),
    _("Allocations familiales rate"), _("Allocations familiales"), _("CSG déductible"),
    _("CSG non déductible et CRDS"), _("Training contribution (CFP)"), _("Total contributions"),
  };

  for (int i = 0; i < T_N_COLS; i++)
    ps_sheet_string (x->current, row, col + i, texts[i], x->fmt.header);
}

static PsCell
tns_row (PsXlsx         *x,
         const TnsConst *k,
         int             row,
         int             col,
         PsX             income)
{
  PsSheet *s = x->current;
  PsCell c[T_N_COLS];
  PsX R, A;

#define PUT(i, e, f) (c[i] = ps_sheet_formula (s, row, col + (i), (e), (f)))
  R = cell (x, PUT (T_INCOME, income, x->fmt.money));
  PUT (T_ABATEMENT, tns_abatement_x (x, k, R), x->fmt.money);
  A = cell (x, PUT (T_A, ps_x_max (x, n (x, 0), ps_x_sub (x, R, cell (x, c[T_ABATEMENT]))), x->fmt.money));
  PUT (T_MALADIE_RATE, progressive_x (x, &x->tns_maladie, cell (x, k->pass), A), x->fmt.percent);
  PUT (T_MALADIE, tns_maladie_x (x, k, A, cell (x, c[T_MALADIE_RATE])), x->fmt.money_whole);
  PUT (T_IJ, euros_x (x, pct_x (x, tns_ij_base_x (x, k, A), nm (x, "tns_ij_pct"))), x->fmt.money_whole);
  PUT (T_RB, tns_rb_x (x, k, tns_rb_base_x (x, k, A)), x->fmt.money_whole);
  PUT (T_RCI, tns_rci_x (x, k, A), x->fmt.money_whole);
  PUT (T_ID, euros_x (x, pct_x (x, tns_id_base_x (x, k, A), nm (x, "tns_id_pct"))), x->fmt.money_whole);
  PUT (T_AF_RATE, progressive_x (x, &x->tns_af, cell (x, k->pass), A), x->fmt.percent);
  PUT (T_AF, euros_x (x, pct_x (x, A, cell (x, c[T_AF_RATE]))), x->fmt.money_whole);
  PUT (T_CSG, euros_x (x, pct_x (x, A, nm (x, "tns_csg_deductible_pct"))), x->fmt.money_whole);
  PUT (T_ND, euros_x (x, pct_x (x, A, nm (x, "tns_csg_crds_nd_pct"))), x->fmt.money_whole);
  PUT (T_CFP, cell (x, k->cfp), x->fmt.money_whole);
  PUT (T_TOTAL,
       ps_x_add (x, ps_x_add (x, tns_social_x (x, cell (x, c[T_MALADIE]), cell (x, c[T_RB]), cell (x, c[T_RCI]),
                                               cell (x, c[T_IJ]), cell (x, c[T_ID]), cell (x, c[T_AF])),
                              ps_x_add (x, cell (x, c[T_CSG]), cell (x, c[T_ND]))),
                 cell (x, c[T_CFP])),
       x->fmt.money_whole);
#undef PUT
  return c[T_TOTAL];
}

/* The TNS contributions of the year on the income in @income, line by
 * line (as the engine's lines, to the euro), from @row. */
typedef struct
{
  PsCell total;
  PsCell nd;
} TnsTable;

static int
tns_table_rows (void)
{
  /* title, income, abatement, base, 2 rates, blank, header, 9 lines, total */
  return 1 + 5 + 1 + 1 + 9 + 1;
}

static TnsTable
write_tns_table (PsXlsx         *x,
                 const TnsConst *k,
                 int             row,
                 PsCell          income)
{
  PsSheet *s = x->current;
  PsX A;
  PsCell R, abatement, a, maladie_rate, af_rate, first;
  PsCell amount[9], base[9];
  int line;
  TnsTable out;
  enum { MALADIE, IJ, RB, RCI, ID, AF, CSG, ND, CFP };
  const char *labels[9] = {
    "Maladie-maternité", "Indemnités journalières", "Retraite de base", "Retraite complémentaire (RCI)",
    "Invalidité-décès", "Allocations familiales", "CSG déductible", "CSG non déductible et CRDS",
    "Contribution à la formation professionnelle",
  };

  ps_sheet_string (s, row++, 0, _("TNS contributions of the year, line by line (each to the euro)"), x->fmt.section);
  R = ps_xlsx_tax_line (x, &row, _("Income before contributions (not below 0)"),
                        ps_x_max (x, n (x, 0), cell (x, income)), x->fmt.money);
  abatement = ps_xlsx_tax_line (x, &row,
                                /* xgettext:no-c-format */
                                _("Abatement: 26% of it, within its floor and cap"),
                                tns_abatement_x (x, k, cell (x, R)), x->fmt.money);
  a = ps_xlsx_tax_line (x, &row, _("Base of every contribution and of the CSG-CRDS (income − abatement, not below 0)"),
                        ps_x_max (x, n (x, 0), ps_x_sub (x, cell (x, R), cell (x, abatement))), x->fmt.money);
  A = cell (x, a);
  maladie_rate = ps_xlsx_tax_line (x, &row, _("Maladie: its rate at this base (on the whole base up to 3 PASS)"),
                                   progressive_x (x, &x->tns_maladie, cell (x, k->pass), A), x->fmt.percent);
  af_rate = ps_xlsx_tax_line (x, &row, _("Allocations familiales: its progressive rate at this base"),
                              progressive_x (x, &x->tns_af, cell (x, k->pass), A), x->fmt.percent);
  row++;

  ps_sheet_string (s, row, 0, _("Contribution"), x->fmt.header_left);
  ps_sheet_string (s, row, 1, _("Base"), x->fmt.header);
  ps_sheet_string (s, row, 2, _("Rate"), x->fmt.header);
  ps_sheet_string (s, row, 3, _("Per year"), x->fmt.header);
  row++;
  first = ps_cell (s, row, 3);
  for (line = 0; line < 9; line++)
    {
      const char *en = x->french ? NULL : ps_line_label_en (labels[line]);

      ps_sheet_string (s, row + line, 0, en != NULL ? en : labels[line], x->fmt.label);
    }
#define AT(i) (row + (i))
  base[MALADIE] = ps_sheet_formula (s, AT (MALADIE), 1, A, x->fmt.money);
  ps_sheet_formula (s, AT (MALADIE), 2, cell (x, maladie_rate), x->fmt.percent);
  amount[MALADIE] = ps_sheet_formula (s, AT (MALADIE), 3, tns_maladie_x (x, k, cell (x, base[MALADIE]), cell (x, maladie_rate)),
                                      x->fmt.money);
  base[IJ] = ps_sheet_formula (s, AT (IJ), 1, tns_ij_base_x (x, k, A), x->fmt.money);
  ps_sheet_formula (s, AT (IJ), 2, nm (x, "tns_ij_pct"), x->fmt.rate);
  amount[IJ] = ps_sheet_formula (s, AT (IJ), 3, euros_x (x, pct_x (x, cell (x, base[IJ]), nm (x, "tns_ij_pct"))),
                                 x->fmt.money);
  base[RB] = ps_sheet_formula (s, AT (RB), 1, tns_rb_base_x (x, k, A), x->fmt.money);
  ps_sheet_formula (s, AT (RB), 2, nm (x, "tns_rb_pct"), x->fmt.rate);
  amount[RB] = ps_sheet_formula (s, AT (RB), 3, tns_rb_x (x, k, cell (x, base[RB])), x->fmt.money);
  base[RCI] = ps_sheet_formula (s, AT (RCI), 1, ps_x_min (x, A, ps_x_mul (x, nm (x, "tns_rci_max_pass"), cell (x, k->pass))),
                                x->fmt.money);
  ps_sheet_formula (s, AT (RCI), 2, nm (x, "tns_rci_low_pct"), x->fmt.rate);
  amount[RCI] = ps_sheet_formula (s, AT (RCI), 3, tns_rci_x (x, k, A), x->fmt.money);
  base[ID] = ps_sheet_formula (s, AT (ID), 1, tns_id_base_x (x, k, A), x->fmt.money);
  ps_sheet_formula (s, AT (ID), 2, nm (x, "tns_id_pct"), x->fmt.rate);
  amount[ID] = ps_sheet_formula (s, AT (ID), 3, euros_x (x, pct_x (x, cell (x, base[ID]), nm (x, "tns_id_pct"))),
                                 x->fmt.money);
  base[AF] = ps_sheet_formula (s, AT (AF), 1, A, x->fmt.money);
  ps_sheet_formula (s, AT (AF), 2, cell (x, af_rate), x->fmt.percent);
  amount[AF] = ps_sheet_formula (s, AT (AF), 3, euros_x (x, pct_x (x, cell (x, base[AF]), cell (x, af_rate))), x->fmt.money);
  base[CSG] = ps_sheet_formula (s, AT (CSG), 1, A, x->fmt.money);
  ps_sheet_formula (s, AT (CSG), 2, nm (x, "tns_csg_deductible_pct"), x->fmt.rate);
  amount[CSG] = ps_sheet_formula (s, AT (CSG), 3, euros_x (x, pct_x (x, cell (x, base[CSG]), nm (x, "tns_csg_deductible_pct"))),
                                  x->fmt.money);
  base[ND] = ps_sheet_formula (s, AT (ND), 1, A, x->fmt.money);
  ps_sheet_formula (s, AT (ND), 2, nm (x, "tns_csg_crds_nd_pct"), x->fmt.rate);
  amount[ND] = ps_sheet_formula (s, AT (ND), 3, euros_x (x, pct_x (x, cell (x, base[ND]), nm (x, "tns_csg_crds_nd_pct"))),
                                 x->fmt.money);
  base[CFP] = ps_sheet_formula (s, AT (CFP), 1, cell (x, k->pass), x->fmt.money);
  ps_sheet_formula (s, AT (CFP), 2, nm (x, "tns_cfp_pss_pct"), x->fmt.rate);
  amount[CFP] = ps_sheet_formula (s, AT (CFP), 3, cell (x, k->cfp), x->fmt.money);
#undef AT
  row += 9;
  ps_sheet_string (s, row, 0, _("Total contributions"), x->fmt.label_total);
  out.total = ps_sheet_formula (s, row, 3, ps_x_sum (x, first, amount[CFP]), x->fmt.money_total);
  out.nd = amount[ND];
  return out;
}

/* ------------------------------------------------------------ EURL */

#define MADELIN_ROWS 3

enum
{
  E_REVENUE,
  E_COSTS,
  E_EXPENSES,
  E_AVAILABLE,
  E_PAY,
  E_TNS,
  E_NET_PAY,
  E_TAXABLE,
  E_PROFIT,
  E_IS,
  E_DIVIDENDS,
  E_DIV_SOCIAL,
  E_DIV_TAX,
  E_DIV_NET,
  E_PAY_TAX,
  E_CSM,
  E_HEALTH,
  E_LOSS,
  E_NET,
  E_N_ROWS
};

/* at the IR: the profit is the gérant's income */
enum
{
  I_REVENUE,
  I_COSTS,
  I_EXPENSES,
  I_PROFIT,
  I_TNS,
  I_NET_PAY,
  I_TAXABLE,
  I_PAY_TAX,
  I_HEALTH,
  I_NET,
  I_N_ROWS
};

enum
{
  EM_THRESHOLD,
  EM_EXCESS,
  EM_TNS_WITH_DIVIDENDS,
  EM_CONTRIBUTIONS,
  EM_INCOME_TAX,
  EM_NET_BEFORE_TAX,
  EM_N_ROWS
};

static int
eurl_tax_rows (PsXlsx *x,
               gboolean ir)
{
  /* title, taxable, the Madelin premiums (3), (deduction,) net taxable,
   * the tax (, the dividends') */
  return ir ? 1 + 2 + MADELIN_ROWS + ps_xlsx_co_yearly_tax_rows (x)
            : 1 + 3 + MADELIN_ROWS + ps_xlsx_co_yearly_tax_rows (x) + ps_xlsx_co_dividend_tax_rows (x);
}

/* The health budget paid from the net, a year, to the cent */
static PsX
health_paid_x (PsXlsx *x)
{
  return ps_x_max (x, n (x, 0), ps_x_round (x, nm (x, "health_budget_yearly"), 2));
}

/* The gérant's Madelin premiums for health and prévoyance (ps-health.c):
 * the ceiling on his @taxable income (CGI art. 154 bis II), the part of
 * the budget @paid deducted, the taxable income after them; from *@row
 * (which advances). Returns the last. */
static PsCell
write_madelin (PsXlsx  *x,
               PsStatus status,
               int     *row,
               PsCell   taxable,
               PsCell   paid,
               PsCell   pass)
{
  PsX P = cell (x, pass);
  PsCell ceiling, deducted;

  ceiling = ps_xlsx_tax_line (x, row,
                              /* xgettext:no-c-format */
                              _("Madelin ceiling for health and prévoyance: 3.75% of it + 7% of the PASS, within 3% of 8 PASS"),
                              ps_x_round (x, ps_x_min (x, ps_x_add (x, ps_x_mul (x, nm (x, "madelin_health_profit_pct"),
                                                                                 ps_x_max (x, n (x, 0), cell (x, taxable))),
                                                                    ps_x_mul (x, nm (x, "madelin_health_pass_pct"), P)),
                                                       ps_x_mul (x, ps_x_mul (x, nm (x, "madelin_health_cap_pct"),
                                                                              nm (x, "madelin_health_cap_pass")),
                                                                 P)),
                                          2),
                              x->fmt.money);
  deducted = ps_xlsx_tax_line (x, row, _("Health cover and prévoyance deducted (the budget, within the ceiling)"),
                               ps_x_min (x, cell (x, paid), cell (x, ceiling)), x->fmt.money);
  name_cell (x, status, "health_deductible_yearly", deducted);
  return ps_xlsx_tax_line (x, row, _("Taxable after the Madelin premiums (not deducted from the contributions’ base)"),
                           ps_x_sub (x, cell (x, taxable), cell (x, deducted)), x->fmt.money);
}

void
ps_xlsx_write_eurl (PsXlsx        *x,
                    PsStatus       status,
                    PsStatusCells *out)
{
  PsSheet *s = x->status_sheet[status];
  gboolean ir = x->c->scenario.eurl_ir;
  int top = 3;
  int cas = top + 1;
  int n_rows = ir ? I_N_ROWS : E_N_ROWS;
  int memo = cas + n_rows + 1;
  int n_memo = ir ? 3 : EM_N_ROWS;
  int warn = memo + 1 + n_memo + 1;
  int tax_row = ir ? warn : warn + 2 + 1 + 1;
  int csm_row = tax_row + eurl_tax_rows (x, ir) + 1;
  int const_row = csm_row + (ir ? 0 : PS_XLSX_CO_CSM_ROWS + 1);
  int table_row = const_row + 1 + TNS_CONST_ROWS + 1;
  int div_row = table_row + tns_table_rows () + 1;
  PsCell y[E_N_ROWS], my[EM_N_ROWS];
  PsCell pay, profit, net_pay, taxable, pay_tax, pay_income, div_tax, net, tax_y, health, after_madelin;
  TnsConst k;
  TnsTable table;
  PsCoHead h;
  g_autofree char *subtitle = NULL;
  g_autofree char *explain = NULL;

  ps_sheet_begin (s);
  if (ir)
    subtitle = g_strdup_printf (_("The gérant majoritaire is a travailleur non salarié (SSI). At the income tax (IR), the profit before contributions is his income: the contributions are on it less 26%% (2025 reform), the income tax on it less the deductible contributions. Income tax: %s."),
                                ps_xlsx_co_tax_text (x));
  else
    subtitle = g_strdup_printf (_("The gérant majoritaire is a travailleur non salarié (SSI). The remuneration (his income before contributions) is an input of the Summary (the best split at export); the contributions are on it less 26%% (2025 reform); the rest of the profit pays the corporate tax and is distributed, the dividends above 10%% of the capital bearing the TNS contributions. Income tax: %s; dividends: %s."),
                                ps_xlsx_co_tax_text (x), ps_xlsx_co_dividends_text (x));
  ps_xlsx_title (x, ir ? _("EURL at the income tax: the gérant’s income and contributions")
                       : _("EURL: the gérant’s remuneration, the profit and the dividends"),
                 subtitle);
  ps_xlsx_column_headers (x, top, "", _("Per month"), _("Per year"), NULL);

  h = ps_xlsx_co_write_head (x, status, cas);
  ps_sheet_string (s, const_row, 0, _("The constants of the TNS contributions"), x->fmt.section);
  k = write_tns_const (x, const_row + 1);

  /* the income before contributions: the remuneration (IS), or the profit (IR) */
  if (ir)
    {
      pay = h.available;
      name_cell (x, status, "profit_yearly", pay);
      name_cell (x, status, "pay_yearly", pay);
    }
  else
    pay = ps_xlsx_money_row_yearly (x, status, cas + E_PAY,
                                    _("Gérant’s remuneration, before his contributions (Summary, within what is available)"),
                                    ps_x_round (x, ps_xlsx_co_clamp_pay_x (x, "eurl_remuneration_yearly", h.available), 2), FALSE, NULL,
                                    "pay_yearly", NULL);

  table = write_tns_table (x, &k, table_row, pay);
  ps_xlsx_money_row_yearly (x, status, cas + (ir ? I_TNS : E_TNS), _("− TNS contributions (table below)"),
                            cell (x, table.total), FALSE, NULL, NULL, NULL);
  net_pay = ps_xlsx_money_row_yearly (x, status, cas + (ir ? I_NET_PAY : E_NET_PAY), _("= Net remuneration before income tax"),
                                      ps_x_sub (x, cell (x, pay), cell (x, table.total)), TRUE, NULL, NULL, NULL);
  taxable = ps_xlsx_money_row_yearly (x, status, cas + (ir ? I_TAXABLE : E_TAXABLE),
                                      _("Taxable income: net + non-deductible CSG-CRDS"),
                                      ps_x_add (x, cell (x, net_pay), cell (x, table.nd)), FALSE, NULL,
                                      "taxable_net_yearly", NULL);
  explain = g_strdup_printf (_("Since the 2025 reform (décret 2024-688) every TNS contribution and the CSG-CRDS are on one base: the income before contributions less 26%% (within 1.76%% and 130%% of the PASS). Nothing is circular: rows %d to %d."),
                             table_row + 1, table_row + tns_table_rows ());
  ps_sheet_comment (s, taxable.row, 1, explain);
  health = ps_xlsx_money_row_yearly (x, status, cas + (ir ? I_HEALTH : E_HEALTH),
                                     _("− Health cover and prévoyance (Summary; Madelin contracts, deductible from the income tax)"),
                                     health_paid_x (x), FALSE, NULL, "health_paid_yearly", NULL);

  ps_sheet_string (s, memo, 0, _("For reference"), x->fmt.section);
  if (ir)
    {
      int row = tax_row;
      PsCell income;

      ps_sheet_string (s, row++, 0,
                       /* xgettext:no-c-format */
                       _("Income tax on the profit less its deductible contributions (no 10% deduction)"),
                       x->fmt.section);
      ps_xlsx_tax_line (x, &row, _("Taxable income"), cell (x, taxable), x->fmt.money);
      after_madelin = write_madelin (x, status, &row, taxable, health, k.pass);
      income = ps_xlsx_tax_line (x, &row, _("Net taxable income (not below 0)"),
                                 ps_x_max (x, n (x, 0), cell (x, after_madelin)), x->fmt.money);
      pay_tax = ps_xlsx_co_write_yearly_tax (x, &row, cell (x, income), cell (x, after_madelin), _("Income tax for the year, to the euro"));
      g_assert (row == tax_row + eurl_tax_rows (x, ir));
      tax_y = ps_xlsx_money_row_yearly (x, status, cas + I_PAY_TAX, _("− Income tax"), cell (x, pay_tax), FALSE, NULL, NULL,
                                        NULL);
      net = ps_xlsx_money_row_yearly (x, status, cas + I_NET, _("= Net after income tax and health cover"),
                                      ps_x_sub (x, ps_x_sub (x, cell (x, net_pay), cell (x, tax_y)), cell (x, health)), TRUE,
                                      "net_after_tax_monthly", "net_after_tax_yearly", NULL);
      my[EM_CONTRIBUTIONS] = ps_xlsx_money_row_yearly (x, status, memo + 1, _("All social contributions"),
                                                       cell (x, table.total), FALSE, NULL, "contributions_yearly", NULL);
      my[EM_INCOME_TAX] = ps_xlsx_money_row_yearly (x, status, memo + 2, _("All income tax"), cell (x, tax_y), FALSE,
                                                    NULL, "income_tax_yearly", NULL);
      my[EM_NET_BEFORE_TAX] = ps_xlsx_money_row_yearly (x, status, memo + 3,
                                                        _("Net before income tax (net after income tax + all income tax)"),
                                                        ps_x_add (x, cell (x, net), cell (x, my[EM_INCOME_TAX])), FALSE,
                                                        NULL, "net_before_tax_yearly", NULL);
    }
  else
    {
      PsX d;
      PsCell csm;
      int row = tax_row;

      profit = ps_xlsx_money_row_yearly (x, status, cas + E_PROFIT, _("Profit before corporate tax (available − remuneration)"),
                                         ps_x_sub (x, cell (x, h.available), cell (x, pay)), FALSE, NULL, "profit_yearly",
                                         NULL);
      y[E_IS] = ps_xlsx_money_row_yearly (x, status, cas + E_IS, _("− Corporate tax (IS), to the euro"),
                                          ps_xlsx_co_corporate_tax_x (x, cell (x, profit)), FALSE, NULL, "corporate_tax_yearly", NULL);
      y[E_DIVIDENDS] = ps_xlsx_money_row_yearly (x, status, cas + E_DIVIDENDS, _("= Dividends distributed"),
                                                 ps_x_max (x, n (x, 0), ps_x_sub (x, cell (x, profit), cell (x, y[E_IS]))),
                                                 TRUE, NULL, "dividends_yearly", NULL);
      d = cell (x, y[E_DIVIDENDS]);
      my[EM_THRESHOLD] = ps_xlsx_money_row_yearly (x, status, memo + 1 + EM_THRESHOLD,
                                                   /* xgettext:no-c-format */
                                                   _("Dividends up to 10% of the share capital: prélèvements sociaux"),
                                                   ps_x_min (x, d, ps_x_mul (x, nm (x, "tns_dividend_threshold_pct"),
                                                                             nm (x, "eurl_share_capital"))),
                                                   FALSE, NULL, NULL, NULL);
      my[EM_EXCESS] = ps_xlsx_money_row_yearly (x, status, memo + 1 + EM_EXCESS,
                                                _("Dividends above it: TNS contributions (added to the income before contributions)"),
                                                ps_x_max (x, n (x, 0), ps_x_sub (x, d, cell (x, my[EM_THRESHOLD]))), FALSE,
                                                NULL, NULL, NULL);

      /* the TNS contributions with the dividends above the threshold */
      {
        PsCell total;

        ps_sheet_string (s, div_row, 0,
                         /* xgettext:no-c-format */
                         _("TNS contributions on the remuneration plus the dividends above 10% of the capital"),
                         x->fmt.section);
        /* a wide computation: a collapsed group under one line */
        ps_sheet_string (s, div_row + 1, 0,
                         _("The same contributions, line by line, at the remuneration plus the dividends above the threshold: grouped below, open them with the + in the margin."),
                         x->fmt.note);
        tns_row_headers (x, div_row + 2, V_TNS);
        ps_sheet_string (s, div_row + 3, 0, _("At the remuneration plus the dividends above the threshold"),
                         x->fmt.label);
        total = tns_row (x, &k, div_row + 3, V_TNS, ps_x_add (x, cell (x, pay), cell (x, my[EM_EXCESS])));
        ps_sheet_outline (s, div_row + 2, div_row + 3, 4);
        my[EM_TNS_WITH_DIVIDENDS] = ps_xlsx_money_row_yearly (x, status, memo + 1 + EM_TNS_WITH_DIVIDENDS,
                                                              _("TNS contributions with them (the grouped rows at the bottom of the sheet)"),
                                                              cell (x, total), FALSE, NULL, NULL, NULL);
      }
      y[E_DIV_SOCIAL] = ps_xlsx_money_row_yearly (x, status, cas + E_DIV_SOCIAL,
                                                  /* xgettext:no-c-format */
                                                  _("− Contributions on the dividends (TNS above 10% of the capital, prélèvements sociaux below)"),
                                                  ps_x_add (x, ps_x_if (x, ps_x_cmp (x, cell (x, my[EM_EXCESS]), ">", n (x, 0)),
                                                                        ps_x_sub (x, cell (x, my[EM_TNS_WITH_DIVIDENDS]),
                                                                                  cell (x, table.total)),
                                                                        n (x, 0)),
                                                            ps_x_mul (x, ps_x_min (x, d, cell (x, my[EM_THRESHOLD])),
                                                                      nm (x, "dividend_social_pct"))),
                                                  FALSE, NULL, "dividend_contributions_yearly", NULL);

      /* the income tax: the remuneration's (taxable, less 10 %), the dividends' */
      {
        g_autofree char *heading = g_strdup_printf (_("Income tax: the remuneration (%s), the dividends (%s)"), ps_xlsx_co_tax_text (x),
                                                    ps_xlsx_co_dividends_text (x));
        PsCell Y, D;

        ps_sheet_string (s, row++, 0, heading, x->fmt.section);
        ps_xlsx_tax_line (x, &row, _("Taxable remuneration"), cell (x, taxable), x->fmt.money);
        Y = write_madelin (x, status, &row, taxable, health, k.pass);
        D = ps_xlsx_tax_line (x, &row,
                              /* xgettext:no-c-format */
                              _("10% deduction for professional expenses (within its bounds)"),
                              ps_xlsx_co_deduction_x (x, cell (x, Y)), x->fmt.money);
        pay_income = ps_xlsx_tax_line (x, &row, _("Net taxable income"),
                                       ps_x_max (x, n (x, 0), ps_x_sub (x, cell (x, Y), cell (x, D))), x->fmt.money);
        pay_tax = ps_xlsx_co_write_yearly_tax (x, &row, cell (x, pay_income), cell (x, Y),
                                    _("Income tax on the remuneration, to the euro"));
        div_tax = ps_xlsx_co_write_dividend_tax (x, &row, y[E_DIVIDENDS], ps_x_min (x, d, cell (x, my[EM_THRESHOLD])), pay_income,
                                      pay_tax);
        g_assert (row == tax_row + eurl_tax_rows (x, ir));
      }
      {
        g_autofree char *text = g_strdup_printf (_("− Income tax on the dividends (%s)"), ps_xlsx_co_dividends_text (x));

        y[E_DIV_TAX] = ps_xlsx_money_row_yearly (x, status, cas + E_DIV_TAX, text, cell (x, div_tax), FALSE, NULL,
                                                 "dividend_income_tax_yearly", NULL);
      }
      y[E_DIV_NET] = ps_xlsx_money_row_yearly (x, status, cas + E_DIV_NET, _("= Net dividends"),
                                               ps_x_sub (x, ps_x_sub (x, d, cell (x, y[E_DIV_SOCIAL])), cell (x, y[E_DIV_TAX])),
                                               TRUE, NULL, "dividends_net_yearly", NULL);
      tax_y = ps_xlsx_money_row_yearly (x, status, cas + E_PAY_TAX, _("− Income tax on the remuneration"),
                                        cell (x, pay_tax), FALSE, NULL, NULL, NULL);

      /* the CSM: the dividends above the threshold are activity income */
      row = csm_row;
      csm = ps_xlsx_co_write_csm (x, &row,
                       /* xgettext:no-c-format */
                       _("Activity income (R): the taxable remuneration + the dividends above 10% of the capital"),
                       ps_x_add (x, cell (x, taxable), cell (x, my[EM_EXCESS])),
                       ps_x_min (x, cell (x, k.min_rb), cell (x, k.min_id)), ps_x_min (x, d, cell (x, my[EM_THRESHOLD])));
      g_assert (row == csm_row + PS_XLSX_CO_CSM_ROWS);
      y[E_CSM] = ps_xlsx_money_row_yearly (x, status, cas + E_CSM, _("− Cotisation subsidiaire maladie (CSM, below)"),
                                           cell (x, csm), FALSE, NULL, "csm_yearly", NULL);
      y[E_LOSS] = ps_xlsx_money_row_yearly (x, status, cas + E_LOSS, _("+ Loss, if any (a negative profit)"),
                                            ps_x_min (x, n (x, 0), cell (x, profit)), FALSE, NULL, NULL, NULL);
      net = ps_xlsx_money_row_yearly (x, status, cas + E_NET,
                                      _("= Net after income tax: net remuneration + net dividends − CSM − health cover"),
                                      ps_x_add (x, ps_x_sub (x, ps_x_sub (x, ps_x_add (x, ps_x_sub (x, cell (x, net_pay), cell (x, tax_y)),
                                                                                       cell (x, y[E_DIV_NET])),
                                                                          cell (x, y[E_CSM])),
                                                             cell (x, health)),
                                                cell (x, y[E_LOSS])),
                                      TRUE, "net_after_tax_monthly", "net_after_tax_yearly", NULL);

      my[EM_CONTRIBUTIONS] = ps_xlsx_money_row_yearly (x, status, memo + 1 + EM_CONTRIBUTIONS,
                                                       _("All social contributions (the remuneration’s, the dividends’, the CSM)"),
                                                       ps_x_add (x, ps_x_add (x, cell (x, table.total), cell (x, y[E_DIV_SOCIAL])),
                                                                 cell (x, y[E_CSM])),
                                                       FALSE, NULL, "contributions_yearly", NULL);
      my[EM_INCOME_TAX] = ps_xlsx_money_row_yearly (x, status, memo + 1 + EM_INCOME_TAX,
                                                    _("All income tax (the remuneration’s and the dividends’)"),
                                                    ps_x_add (x, cell (x, tax_y), cell (x, y[E_DIV_TAX])), FALSE,
                                                    NULL, "income_tax_yearly", NULL);
      my[EM_NET_BEFORE_TAX] = ps_xlsx_money_row_yearly (x, status, memo + 1 + EM_NET_BEFORE_TAX,
                                                        _("Net before income tax (net after income tax + all income tax)"),
                                                        ps_x_add (x, cell (x, net), cell (x, my[EM_INCOME_TAX])), FALSE,
                                                        NULL, "net_before_tax_yearly", NULL);

      {
        PsX alerts[1] = { ps_x_cmp (x, nm (x, "eurl_remuneration_yearly"), ">", ps_x_max (x, n (x, 0), cell (x, h.available))) };
        const char *texts[1] = { _("The remuneration of the Summary is more than the company has: the remuneration takes all of it, and nothing is left to distribute.") };

        ps_xlsx_write_alerts (x, warn, 1, alerts, texts);
      }
      out->cell[PS_FIELD_CORPORATE_TAX] = y[E_IS];
    }

  out->cell[PS_FIELD_REVENUE] = h.revenue;
  out->cell[PS_FIELD_COSTS] = h.costs;
  out->cell[PS_FIELD_EXPENSES] = h.expenses;
  out->cell[PS_FIELD_CONTRIBUTIONS] = my[EM_CONTRIBUTIONS];
  out->cell[PS_FIELD_NET_BEFORE_TAX] = my[EM_NET_BEFORE_TAX];
  out->cell[PS_FIELD_INCOME_TAX] = my[EM_INCOME_TAX];
  out->cell[PS_FIELD_NET_AFTER_TAX] = net;

  worksheet_freeze_panes (s->ws, top + 1, 1);
  ps_sheet_fit_columns (s, 0, 0, 40, 72);
  ps_sheet_set_columns (s, 1, V_TNS + T_N_COLS, 15);
  ps_sheet_print_setup (s, TRUE);
  /* the one-row recomputation with the dividends stays on screen, not on paper */
  worksheet_print_area (s->ws, 0, 0, div_row - 2, 3);
}
