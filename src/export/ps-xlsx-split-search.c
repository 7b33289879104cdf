/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The SASU's and the EURL's best split, searched again in the cells when an
 * input changes (issue 13, 2.8).
 *
 * At export the Summary holds the engine's best split (an input). When any
 * input changes, that split is no longer the best: the workbook searches it
 * again as the engine does (ps-company.c, optimise ()): the net after tax at
 * 13 pays spread over what is available, then a golden-section search
 * around the best of them, each pay evaluated by the status sheet's own
 * formula chain written again as a block of rows (without its texts) on one
 * hidden sheet per status, "…, pays tried". The status sheet then uses:
 *
 *   the typed pay, if the Summary's input differs from the exported split;
 *   else the exported split, if no input changed (the engine's, to the cent);
 *   else the best pay of the search (the exported split included).
 *
 * The hidden "best split" sheet lists every pay tried and its net. */
#define G_LOG_DOMAIN "ps-xlsx"

#include "config.h"

#include <math.h>
#include <glib/gi18n-lib.h>

#include "ps-xlsx-split-search.h"

/* the engine's grid, then golden-section steps: a bracket of 2/12 of what
 * is available shrinks to 0.013 % of it (€18 of pay at €140 000 a year:
 * the net moves by cents to a few euros there) */
#define GRID 12
#define STEPS 16
#define N_TRIES (1 + (GRID + 1) + 2 + STEPS)

static const double PHI = 0.6180339887498949;

struct _PsSplitSearch
{
  PsSheet *driver[PS_N_STATUSES];
  PsSheet *tries[PS_N_STATUSES];      /* every pay tried, a block of rows each */
  PsCell   chosen[PS_N_STATUSES];     /* sheet NULL: none */
  PsCell   trying;                    /* the pay a copy is written at; sheet NULL: none */
  int      warn_row[PS_N_STATUSES];   /* on the Summary; 0: none */
};

static const char *
input_name (PsStatus status)
{
  return status == PS_STATUS_SASU ? "sasu_salary_yearly" : "eurl_remuneration_yearly";
}

static gboolean
searched (PsXlsx  *x,
          PsStatus status)
{
  if (status == PS_STATUS_SASU)
    return x->c->sasu.optimised;
  if (status == PS_STATUS_EURL)
    return x->c->eurl.optimised && !x->c->scenario.eurl_ir;
  return FALSE;
}

void
ps_xlsx_split_create (PsXlsx *x)
{
  PsSplitSearch *ss = g_new0 (PsSplitSearch, 1);

  x->split = ss;
  if (x->assumptions_only)
    return;
  for (PsStatus st = PS_STATUS_SASU; st <= PS_STATUS_EURL; st++)
    {
      const char *who = st == PS_STATUS_SASU ? "SASU" : "EURL";
      g_autofree char *name = NULL;

      if (st != PS_STATUS_SASU && st != PS_STATUS_EURL)
        continue;
      if (!searched (x, st))
        continue;
      /* Translators: a hidden sheet's name (31 characters at most); %s is SASU or EURL */
      name = g_strdup_printf (_("%s, best split"), who);
      ss->driver[st] = ps_sheet_new (x, name);
      worksheet_hide (ss->driver[st]->ws);
      {
        /* Translators: a hidden sheet's name (31 characters at most): %s is SASU or EURL */
        g_autofree char *tname = g_strdup_printf (_("%s, pays tried"), who);

        ss->tries[st] = ps_sheet_new (x, tname);
        ss->tries[st]->blocks = TRUE;
        worksheet_hide (ss->tries[st]->ws);
      }
    }
}

void
ps_xlsx_split_free (PsXlsx *x)
{
  g_clear_pointer (&x->split, g_free);
}

void
ps_xlsx_split_warn_at (PsXlsx  *x,
                       PsStatus status,
                       int      row)
{
  if (x->split != NULL)
    x->split->warn_row[status] = row;
}

PsX
ps_xlsx_split_pay_x (PsXlsx     *x,
                     const char *input)
{
  PsSplitSearch *ss = x->split;
  PsStatus st = g_str_equal (input, "sasu_salary_yearly") ? PS_STATUS_SASU : PS_STATUS_EURL;

  if (ss != NULL && ss->trying.sheet != NULL)
    return cell (x, ss->trying);
  if (ss != NULL && ss->chosen[st].sheet != NULL)
    return cell (x, ss->chosen[st]);
  return nm (x, input);
}

/* the net after tax of the status sheet written at the pay in @pay_cell,
 * as the next block of rows of the hidden sheet @copy */
static PsCell
write_try (PsXlsx  *x,
           PsStatus status,
           PsSheet *copy,
           PsCell   pay_cell)
{
  PsSplitSearch *ss = x->split;
  PsSheet *real = x->status_sheet[status];
  PsSheet *back = x->current;
  PsStatusCells out;

  for (int f = 0; f < PS_N_FIELDS; f++)
    out.cell[f] = ps_cell (NULL, -1, -1);
  /* two empty rows between blocks */
  copy->row_base = copy->last_row < 0 ? 0 : copy->last_row + 3;
  x->status_sheet[status] = copy;
  ss->trying = pay_cell;
  x->no_names = TRUE;
  if (status == PS_STATUS_SASU)
    ps_xlsx_write_sasu (x, status, &out);
  else
    ps_xlsx_write_eurl (x, status, &out);
  x->no_names = FALSE;
  ss->trying = ps_cell (NULL, -1, -1);
  copy->row_base = 0;
  x->status_sheet[status] = real;
  ps_sheet_begin (back);
  return out.cell[PS_FIELD_NET_AFTER_TAX];
}

/* every row of the tries hidden: LibreOffice prints hidden sheets, not
 * hidden rows */
static void
hide_rows (PsSheet *copy)
{
  lxw_row_col_options hidden = { .hidden = 1 };

  for (int row = 0; row <= copy->last_row + 2; row++)
    worksheet_set_row_opt (copy->ws, row, LXW_DEF_ROW_HEIGHT, NULL, &hidden);
  worksheet_set_default_row (copy->ws, LXW_DEF_ROW_HEIGHT, LXW_TRUE);
  worksheet_gridlines (copy->ws, LXW_HIDE_ALL_GRIDLINES);
}

enum
{
  C_LABEL,
  C_PAY,
  C_NET,
  C_LO,
  C_HI,
  C_A,
  C_B,
  C_FA,
  C_FB,
};

/* one pay tried on row @row of the driver: its pay @pay, its net */
static PsCell
try_row (PsXlsx     *x,
         PsStatus    status,
         int         k,
         int         row,
         const char *label,
         PsX         pay)
{
  PsSplitSearch *ss = x->split;
  PsSheet *d = ss->driver[status];
  PsCell p, net;

  ps_sheet_begin (d);
  ps_sheet_string (d, row, C_LABEL, label, x->fmt.label);
  p = ps_sheet_formula (d, row, C_PAY, ps_x_round (x, pay, 2), x->fmt.money);
  net = write_try (x, status, ss->tries[status], p);
  (void) k;
  ps_sheet_begin (d);
  return ps_sheet_formula (d, row, C_NET, cell (x, net), x->fmt.money);
}

/* the row of @cells with the largest value, the first one on a tie (the
 * engine keeps the first best) */
static PsX
best_of (PsXlsx *x,
         PsCell  first,
         PsCell  last,
         PsCell  pays_first)
{
  g_autofree char *range = NULL;
  g_autofree char *pays = NULL;
  g_autofree char *text = NULL;
  double best = -G_MAXDOUBLE, pay = 0;

  for (int r = first.row; r <= last.row; r++)
    {
      double v = ps_cell_value (ps_cell (first.sheet, r, first.col));

      if (v > best)
        {
          best = v;
          pay = ps_cell_value (ps_cell (first.sheet, pays_first.row + r - first.row, pays_first.col));
        }
    }
  range = g_strdup_printf ("%s:%s", cell (x, first).f, cell (x, last).f);
  pays = g_strdup_printf ("%s:%s", cell (x, pays_first).f,
                          cell (x, ps_cell (first.sheet, pays_first.row + last.row - first.row, pays_first.col)).f);
  text = g_strdup_printf ("INDEX(%s,MATCH(MAX(%s),%s,0))", pays, range, range);
  return ps_x_raw (x, text, pay);
}

static PsX
abs_diff_x (PsXlsx *x,
            PsX     a,
            double  v)
{
  PsX d = ps_x_sub (x, a, n (x, v));

  return ps_x_max (x, d, ps_x_sub (x, n (x, 0), d));
}

void
ps_xlsx_split_search (PsXlsx  *x,
                      PsStatus status)
{
  PsSplitSearch *ss = x->split;
  PsSheet *d;
  PsSheet *back = x->current;
  const PsCompanyResult *r;
  PsCell net0, pay0, first_grid, last_grid, lo, hi, a, b, fa, fb, best, changed, chosen;
  PsX input, exported, avail, any;
  int row = 3, k = 0;
  double exported_net;

  if (ss == NULL || ss->driver[status] == NULL || !ps_x_name_defined (x, input_name (status)))
    return;
  d = ss->driver[status];
  r = status == PS_STATUS_SASU ? &x->c->sasu : &x->c->eurl;
  ps_sheet_begin (d);
  ps_xlsx_title (x, status == PS_STATUS_SASU ? _("SASU: the best split between salary and dividends, searched again")
                                             : _("EURL: the best split between remuneration and dividends, searched again"),
                 _("When an input of the Summary changes, the split of the export is no longer the best: the net after tax at 13 pays across what is available, then a golden-section search around the best of them, as Portage Simulator searches it. Each pay is computed by the status sheet’s formulas, written again as a block of rows on the hidden sheet that follows."));
  {
    /* the subtitle over A:C (44 + 2 × 13 wide), as tall as its lines */
    g_autofree char *typo = ps_xlsx_typo (x, _("When an input of the Summary changes, the split of the export is no longer the best: the net after tax at 13 pays across what is available, then a golden-section search around the best of them, as Portage Simulator searches it. Each pay is computed by the status sheet’s formulas, written again as a block of rows on the hidden sheet that follows."));

    worksheet_set_row (d->ws, 1, 13.5 * (ps_text_lines (ps_text_width (typo, FALSE), 44 + 2 * 13) + 1), NULL);
  }
  ps_xlsx_column_headers (x, row++, _("Pay tried (per year)"), _("Pay"), _("Net after tax"),
                          _("Low"), _("High"), _("A"), _("B"), _("Net at A"), _("Net at B"), NULL);

  input = nm (x, input_name (status));
  exported = n (x, ps_cell_value (*(PsCell *) g_hash_table_lookup (x->names, input_name (status))));
  /* the split of the export, at the current inputs */
  net0 = try_row (x, status, k++, row++, _("The split of the export"), exported);
  pay0 = ps_cell (d, row - 1, C_PAY);
  exported_net = ps_cell_value (net0);

  /* the grid */
  ps_sheet_begin (d);
  {
    /* as the head of the status sheets (ps_xlsx_co_write_head ()) */
    PsX available = ps_x_sub (x, ps_x_mul (x, nm (x, "tjm"), nm (x, "days_per_year")),
                              ps_x_add (x, nm (x, "company_running_costs_yearly"),
                                        ps_x_mul (x, nm (x, "expenses_monthly"), n (x, 12))));
    PsCell ac;

    ps_sheet_string (d, row, C_LABEL, _("Available for the pay and the profit"), x->fmt.label);
    ac = ps_sheet_formula (d, row++, C_PAY, ps_x_max (x, n (x, 0), available), x->fmt.money);
    avail = cell (x, ac);
  }
  for (int i = 0; i <= GRID; i++)
    {
      g_autofree char *label = g_strdup_printf (_("Grid: %d/%d of what is available"), i, GRID);
      PsCell net = try_row (x, status, k++, row++, label, ps_x_div (x, ps_x_mul (x, avail, n (x, i)), n (x, GRID)));

      if (i == 0)
        first_grid = net;
      last_grid = net;
    }
  /* the bracket around the grid's best */
  ps_sheet_begin (d);
  {
    g_autofree char *range = g_strdup_printf ("%s:%s", cell (x, first_grid).f, cell (x, last_grid).f);
    g_autofree char *text = g_strdup_printf ("MATCH(MAX(%s),%s,0)-1", range, range);
    double bv = -G_MAXDOUBLE;
    int bi = 0;
    PsX i_best;
    PsCell ic;

    for (int i = 0; i <= GRID; i++)
      {
        double v = ps_cell_value (ps_cell (d, first_grid.row + i, C_NET));

        if (v > bv)
          bv = v, bi = i;
      }
    i_best = ps_x_raw (x, text, bi);
    ps_sheet_string (d, row, C_LABEL, _("The grid’s best"), x->fmt.label);
    ic = ps_sheet_formula (d, row, C_PAY, i_best, x->fmt.integer);
    lo = ps_sheet_formula (d, row, C_LO,
                           ps_x_div (x, ps_x_mul (x, avail, ps_x_max (x, n (x, 0), ps_x_sub (x, cell (x, ic), n (x, 1)))), n (x, GRID)),
                           x->fmt.money);
    hi = ps_sheet_formula (d, row, C_HI,
                           ps_x_div (x, ps_x_mul (x, avail, ps_x_min (x, n (x, GRID), ps_x_add (x, cell (x, ic), n (x, 1)))), n (x, GRID)),
                           x->fmt.money);
    row++;
  }
  {
    PsX span = ps_x_sub (x, cell (x, hi), cell (x, lo));

    fa = try_row (x, status, k++, row++, _("Golden section: A"), ps_x_sub (x, cell (x, hi), ps_x_mul (x, n (x, PHI), span)));
    a = ps_cell (d, row - 1, C_PAY);
    fb = try_row (x, status, k++, row++, _("Golden section: B"), ps_x_add (x, cell (x, lo), ps_x_mul (x, n (x, PHI), span)));
    b = ps_cell (d, row - 1, C_PAY);
  }
  for (int j = 1; j <= STEPS; j++)
    {
      g_autofree char *label = g_strdup_printf (_("Golden section: step %d"), j);
      PsX left, nlo, nhi, pay;
      PsCell lo2, hi2, net, fa2, fb2, a2, b2;

      ps_sheet_begin (d);
      /* the best is on the left of B when f(A) ≥ f(B) */
      left = ps_x_cmp (x, cell (x, fa), ">=", cell (x, fb));
      nlo = ps_x_if (x, left, cell (x, lo), cell (x, a));
      nhi = ps_x_if (x, left, cell (x, b), cell (x, hi));
      lo2 = ps_sheet_formula (d, row, C_LO, nlo, x->fmt.money);
      hi2 = ps_sheet_formula (d, row, C_HI, nhi, x->fmt.money);
      left = ps_x_cmp (x, cell (x, fa), ">=", cell (x, fb));
      pay = ps_x_if (x, left, ps_x_sub (x, cell (x, hi2), ps_x_mul (x, n (x, PHI), ps_x_sub (x, cell (x, hi2), cell (x, lo2)))),
                     ps_x_add (x, cell (x, lo2), ps_x_mul (x, n (x, PHI), ps_x_sub (x, cell (x, hi2), cell (x, lo2)))));
      net = try_row (x, status, k++, row, label, pay);
      ps_sheet_begin (d);
      left = ps_x_cmp (x, cell (x, fa), ">=", cell (x, fb));
      a2 = ps_sheet_formula (d, row, C_A, ps_x_if (x, left, cell (x, ps_cell (d, row, C_PAY)), cell (x, b)), x->fmt.money);
      b2 = ps_sheet_formula (d, row, C_B, ps_x_if (x, left, cell (x, a), cell (x, ps_cell (d, row, C_PAY))), x->fmt.money);
      fa2 = ps_sheet_formula (d, row, C_FA, ps_x_if (x, left, cell (x, net), cell (x, fb)), x->fmt.money);
      fb2 = ps_sheet_formula (d, row, C_FB, ps_x_if (x, left, cell (x, fa), cell (x, net)), x->fmt.money);
      lo = lo2, hi = hi2, a = a2, b = b2, fa = fa2, fb = fb2;
      row++;
    }
  g_assert (k == N_TRIES);
  hide_rows (ss->tries[status]);

  /* the best pay tried, the export's split included */
  row++;
  ps_sheet_string (d, row, C_LABEL, _("The best pay tried"), x->fmt.label_total);
  best = ps_sheet_formula (d, row, C_PAY, best_of (x, net0, ps_cell (d, row - 2, C_NET), pay0), x->fmt.money_total);
  row++;

  /* did an input change? every input of the Summary but the split, and
   * the net at the split of the export */
  any = ps_x_cmp (x, abs_diff_x (x, cell (x, net0), exported_net), ">", n (x, 0.005));
  for (guint i = 0; i < x->summary_inputs->len; i++)
    {
      const char *name = g_ptr_array_index (x->summary_inputs, i);
      PsX v;

      if (g_str_equal (name, "sasu_salary_yearly") || g_str_equal (name, "eurl_remuneration_yearly"))
        continue;
      v = nm (x, name);
      any = ps_x_or (x, any, ps_x_cmp (x, abs_diff_x (x, v, v.v), ">", n (x, 1e-7)));
    }
  ps_sheet_string (d, row, C_LABEL, _("An input changed since the export (1 = yes)"), x->fmt.label);
  changed = ps_sheet_formula (d, row++, C_PAY, any, x->fmt.integer);
  ps_sheet_string (d, row, C_LABEL, _("The pay the status sheet uses"), x->fmt.label_total);
  chosen = ps_sheet_formula (d, row++, C_PAY,
                             ps_x_if (x, ps_x_cmp (x, input, "<>", exported), input,
                                      ps_x_if (x, ps_x_cmp (x, cell (x, changed), "=", n (x, 1)), cell (x, best), input)),
                             x->fmt.money_total);
  ss->chosen[status] = chosen;
  {
    g_autofree char *name = g_strconcat (ps_status_id (status), "_split_yearly", NULL);

    ps_define_name (x, name, chosen);
  }
  (void) r;

  /* the Summary says which split the sheet uses */
  if (ss->warn_row[status] > 0)
    {
      PsX cond;
      const char *text = status == PS_STATUS_SASU
                         ? _("The inputs changed: the SASU sheet uses the best split searched again for them by the workbook (hidden sheets “SASU, best split” and “SASU, pays tried”), within a few euros of Portage Simulator’s.")
                         : _("The inputs changed: the EURL sheet uses the best split searched again for them by the workbook (hidden sheets “EURL, best split” and “EURL, pays tried”), within a few euros of Portage Simulator’s.");

      ps_sheet_begin (x->summary);
      cond = ps_x_and (x, ps_x_cmp (x, input, "=", exported), ps_x_cmp (x, cell (x, changed), "=", n (x, 1)));
      ps_xlsx_warning_row (x, ss->warn_row[status], cond, text);
      {
        g_autofree char *name = g_strconcat (ps_status_id (status), "_split_warning", NULL);

        ps_define_name (x, name, ps_cell (x->summary, ss->warn_row[status], 0));
      }
    }

  ps_sheet_set_columns (d, 0, 0, 44);
  ps_sheet_set_columns (d, 1, 8, 13);
  ps_sheet_print_setup (d, TRUE);
  ps_sheet_begin (back);
}
