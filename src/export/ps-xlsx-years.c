/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The "Years" sheet (Années): five years per status (src/core/
 * ps-projection.c). Each later year is a whole recomputation with that
 * year's parameters (its rates file, or the last one indexed), the ACRE,
 * the micro's ceiling, the TNS provisional calls and their regularisation,
 * the CFE, dividends paid the year after: the engine's figures, written as
 * values; the first year's net is the status sheets' (a formula) when it
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
  int row = 3, net_row, cash_row, cum_row, cfe_row;
  g_autofree char *idx = NULL;

  ps_sheet_begin (s);
  ps_projection_inputs_init (&in);
  in.years = YEARS;
  ps_xlsx_title (x, _("The years ahead: five years per status"),
                 _("Each year recomputed with its own parameters. The engine’s figures; the first year’s net and the running sums are formulas."));
  if (x->rates == NULL || !ps_projection_compute (x->rates, &first, x->p->date, &in, pr, NULL))
    {
      ps_sheet_string (s, row, 0, _("The projection needs the embedded rates files."), x->fmt.note);
      ps_sheet_print_setup (s, TRUE);
      return;
    }
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
            c = ps_sheet_number (s, row, 1 + k, py->net_accrued, x->fmt.money);
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

          ps_define_name (x, name, ps_sheet_number (s, row, 1 + k, pr->years[k][y].cash, x->fmt.money));
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
    ps_sheet_number (s, row, 1 + k, ps_round_cents (pr->owed_after[k]), x->fmt.money);
  row += 2;

  cfe_row = row;
  headers (x, row++, _("CFE of the year"));
  for (int y = 0; y < pr->n_years; y++, row++)
    {
      g_autofree char *label = g_strdup_printf ("%d", pr->years[0][y].year);

      ps_sheet_string (s, row, 0, label, x->fmt.label);
      for (int k = 0; k < PS_N_STATUSES; k++)
        if (k >= PS_STATUS_MICRO)
          ps_sheet_number (s, row, 1 + k, ps_round_cents (pr->years[k][y].cfe), x->fmt.money);
        else
          ps_sheet_string (s, row, 1 + k, "—", x->fmt.text);
    }
  row++;
  (void) net_row;
  (void) cum_row;
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
  ps_sheet_print_setup (s, TRUE);
}
