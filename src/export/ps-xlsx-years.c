/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The "Years" sheet (Années): five years per status (src/core/
 * ps-projection.c). Each later year is a whole recomputation with that
 * year's parameters (its rates file, or the last one indexed), the ACRE,
 * the micro's ceiling, the TNS provisional calls and their regularisation,
 * the CFE, dividends paid the year after: the engine's figures, which no
 * formula of the workbook can redo (another year's rates, the status
 * sheets' whole chain again), so they are a snapshot at export, in grey
 * italics, said so in the sheet's title and in a warning that stays in
 * view; a live warning says when the Summary's inputs differ from the
 * export's. The first year's net is the status sheets' (a formula) when it
 * is the same year, the cumulative cash a running sum. The cells are named
 * "years_<status>_net_y<N>", "years_<status>_cash_y<N>",
 * "years_<status>_cumulative_y<N>". */
#define G_LOG_DOMAIN "ps-xlsx"

#include "config.h"

#include <glib/gi18n.h>
#include <math.h>

#include "ps-money.h"
#include "ps-projection.h"
#include "ps-xlsx-private.h"

#define YEARS 5

/* a snapshot's money cell: the engine's figure at export, grey italics */
static lxw_format *
snapshot_format (PsXlsx *x)
{
  lxw_format *f = workbook_add_format (x->wb);

  format_set_font_name (f, "Calibri");
  format_set_font_size (f, 10);
  format_set_align (f, LXW_ALIGN_VERTICAL_TOP);
  format_set_num_format (f, C_("xlsx number format", "\"€\"#,##0.00"));
  format_set_italic (f);
  format_set_font_color (f, 0x7F7F7F);
  return f;
}

/* TRUE in the sheet once one of the Summary's inputs differs from the
 * export's: the snapshot's figures are then another scenario's */
static PsX
inputs_changed (PsXlsx *x)
{
  PsX any = n (x, 0);
  gboolean first = TRUE;

  /* every input cell of the Summary, as input () declared them */
  for (guint i = 0; i < x->summary_inputs->len; i++)
    {
      const char *name = g_ptr_array_index (x->summary_inputs, i);
      PsX e = ps_x_cmp (x, nm (x, name), "<>", n (x, ps_x_name (x, name).v));

      any = first ? e : ps_x_or (x, any, e);
      first = FALSE;
    }
  return any;
}

static void
headers (PsXlsx     *x,
         int         row,
         const char *title)
{
  PsSheet *s = x->current;

  ps_sheet_string (s, row, 0, title, x->fmt.header_left);
  for (int k = 0; k < PS_N_STATUSES; k++)
    ps_sheet_string (s, row, 1 + k, _(ps_status_short_name (k)), x->fmt.header);
  ps_sheet_header_row (s, row, 2);
}

/* a note wrapped over the table's width, two lines tall */
static void
note (PsXlsx     *x,
      int         row,
      const char *text)
{
  g_autofree char *typo = ps_xlsx_typo (x, text);

  worksheet_merge_range (x->current->ws, row, 0, row, PS_N_STATUSES, typo, x->fmt.note_wrap);
  worksheet_set_row (x->current->ws, row, 27, NULL);
}

void
ps_xlsx_write_years (PsXlsx *x)
{
  PsSheet *s = x->years;
  g_autofree PsProjection *pr = g_new0 (PsProjection, 1);
  PsProjectionInputs in;
  PsScenario first = x->c->scenario;
  int row = 3, net_row, cash_row, cum_row, cfe_row, stale_row;
  lxw_format *snap;
  const char *subtitle;
  g_autofree char *idx = NULL;

  ps_sheet_begin (s);
  ps_projection_inputs_init (&in);
  in.years = YEARS;
  subtitle = _("Each year recomputed with its own parameters. Snapshot at export, in grey italics: the nets of the years after the first, the cash of each year, what is still owed and the CFE. Formulas: the first year’s net and the running sums.");
  ps_xlsx_title (x, _("The years ahead: five years per status (snapshot at export)"), subtitle);
  if (x->rates == NULL || !ps_projection_compute (x->rates, &first, x->p->date, &in, pr, NULL))
    {
      ps_sheet_string (s, row, 0, _("The projection needs the embedded rates files."), x->fmt.note);
      ps_sheet_print_setup (s, TRUE);
      return;
    }
  snap = snapshot_format (x);
  /* always in view: which figures don't follow the Summary */
  {
    g_autofree char *text = g_strconcat ("⚠ ", _("Snapshot at export — re-export after editing: the grey figures are the engine’s for the inputs of the export and don’t follow the Summary."), NULL);
    g_autofree char *typo = ps_xlsx_typo (x, text);

    lxw_format *wrap = workbook_add_format (x->wb);

    format_set_font_name (wrap, "Calibri");
    format_set_font_size (wrap, 10);
    format_set_font_color (wrap, 0xC00000);
    format_set_bold (wrap);
    format_set_text_wrap (wrap);
    format_set_align (wrap, LXW_ALIGN_VERTICAL_TOP);
    worksheet_merge_range (s->ws, row, 0, row, PS_N_STATUSES, typo, wrap);
    worksheet_set_row (s->ws, row, 27, NULL);
    row++;
  }
  /* and once an input changed */
  stale_row = row++;
  ps_xlsx_warning_row (x, stale_row, inputs_changed (x),
                       _("The Summary’s inputs differ from the export’s: the grey figures are still the export’s — export again."));
  ps_define_name (x, "years_stale_warning", ps_cell (s, stale_row, 0));
  idx = ps_xlsx_percent_text (x, pr->indexation_rate, 2);
  {
    /* Translators: the indexation rate of the parameters */
    g_autofree char *text = g_strdup_printf (_("Parameters indexed by %s a year after the last rates file; the day rate and the days as on the Summary; portage’s missions of 12 months; the CFE at the national average rate on the top of its band."), idx);

    note (x, row++, _("The ACRE the first year, the micro’s ceiling lost after two years above it, the TNS provisional calls and their regularisation, the CFE from the second year, dividends paid the year after, portage’s réserve at the end of each mission."));
    note (x, row++, text);
  }
  row++;

  net_row = row;
  headers (x, row++, _("Net after tax of the year"));
  for (int y = 0; y < pr->n_years; y++, row++)
    {
      g_autofree char *label = g_strdup_printf ("%d", pr->years[0][y].year);

      ps_sheet_string (s, row, 0, label, x->fmt.label);
      for (int k = 0; k < PS_N_STATUSES; k++)
        {
          const PsProjectionYear *py = &pr->years[k][y];
          g_autofree char *name = g_strdup_printf ("years_%s_net_y%d", ps_status_id (k), y + 1);
          g_autofree char *sheet_name = ps_xlsx_status_name (k, "net_after_tax_yearly");
          PsCell c;

          /* the first year is the status sheet's, unless the ACRE or the
           * micro's regime makes it another year */
          if (y == 0 && ps_x_name_defined (x, sheet_name)
              && fabs (ps_x_name (x, sheet_name).v - py->net_accrued) < 0.005)
            c = ps_sheet_formula (s, row, 1 + k, nm (x, sheet_name), x->fmt.money);
          else
            c = ps_sheet_number (s, row, 1 + k, py->net_accrued, snap);
          ps_define_name (x, name, c);
        }
    }
  row++;

  cash_row = row;
  headers (x, row++, _("Cash received in the year"));
  for (int y = 0; y < pr->n_years; y++, row++)
    {
      g_autofree char *label = g_strdup_printf ("%d", pr->years[0][y].year);

      ps_sheet_string (s, row, 0, label, x->fmt.label);
      for (int k = 0; k < PS_N_STATUSES; k++)
        {
          g_autofree char *name = g_strdup_printf ("years_%s_cash_y%d", ps_status_id (k), y + 1);

          ps_define_name (x, name, ps_sheet_number (s, row, 1 + k, pr->years[k][y].cash, snap));
        }
    }
  row++;

  cum_row = row;
  headers (x, row++, _("Cumulative cash"));
  for (int y = 0; y < pr->n_years; y++, row++)
    {
      g_autofree char *label = g_strdup_printf ("%d", pr->years[0][y].year);

      ps_sheet_string (s, row, 0, label, x->fmt.label);
      for (int k = 0; k < PS_N_STATUSES; k++)
        {
          g_autofree char *name = g_strdup_printf ("years_%s_cumulative_y%d", ps_status_id (k), y + 1);
          PsX cash = cell (x, ps_cell (s, cash_row + 1 + y, 1 + k));
          PsX e = y == 0 ? cash : ps_x_add (x, cell (x, ps_cell (s, row - 1, 1 + k)), cash);

          ps_define_name (x, name, ps_sheet_formula (s, row, 1 + k, e, pr->leader[y] == (PsStatus) k ? x->fmt.money_bold : x->fmt.money));
        }
    }
  ps_sheet_string (s, row, 0, _("Still owed after the last year"), x->fmt.label);
  for (int k = 0; k < PS_N_STATUSES; k++)
    ps_sheet_number (s, row, 1 + k, ps_round_cents (pr->owed_after[k]), snap);
  row += 2;

  cfe_row = row;
  headers (x, row++, _("CFE of the year"));
  for (int y = 0; y < pr->n_years; y++, row++)
    {
      g_autofree char *label = g_strdup_printf ("%d", pr->years[0][y].year);

      ps_sheet_string (s, row, 0, label, x->fmt.label);
      for (int k = 0; k < PS_N_STATUSES; k++)
        if (k >= PS_STATUS_MICRO)
          ps_sheet_number (s, row, 1 + k, ps_round_cents (pr->years[k][y].cfe), snap);
        else
          ps_sheet_string (s, row, 1 + k, "—", x->fmt.text_right);
    }
  row++;
  (void) net_row;
  /* on paper, the cumulative cash and the CFE on a page of their own:
   * a table never parted from its header */
  {
    lxw_row_t breaks[] = { cum_row, 0 };

    worksheet_set_h_pagebreaks (s->ws, breaks);
  }
  (void) cfe_row;
  for (int y = 0; y < pr->n_years; y++)
    if (!pr->years[PS_STATUS_MICRO][y].micro_regime)
      {
        /* Translators: a year */
        g_autofree char *text = g_strdup_printf (_("From %d the micro-entreprise has been above its ceiling two years running: it is taxed au réel."),
                                                 pr->years[PS_STATUS_MICRO][y].year);

        ps_sheet_string (s, row++, 0, text, x->fmt.note);
        break;
      }
  ps_sheet_string (s, row++, 0, _("In bold each year: the status with the most cash so far."), x->fmt.note);

  ps_sheet_fit_columns (s, 0, 0, 24, 40);
  ps_sheet_fit_columns (s, 1, PS_N_STATUSES, 13, 16);
  /* the subtitle, merged over the first three columns: as many lines as
   * it takes in their width */
  {
    g_autofree char *typo = ps_xlsx_typo (x, subtitle);
    int lines = ps_text_lines (ps_text_width (typo, FALSE), s->col_width[0] + s->col_width[1] + s->col_width[2]);

    worksheet_set_row (s->ws, 1, 13.5 * MAX (1, lines), NULL);
  }
  ps_sheet_print_setup (s, TRUE);
}
