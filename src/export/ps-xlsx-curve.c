/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Curve sheet: the net after tax of each status over a range of day
 * rates around the exported one (ps_comparison_sweep), as a table and a
 * line chart, micro's curve dashed past its ceiling. */
#define G_LOG_DOMAIN "ps-xlsx"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "ps-money.h"
#include "ps-xlsx-private.h"

/* ------------------------------------------------------------ curve */

static void
sweep_range (double  tjm,
             double *from,
             double *to,
             int    *n)
{
  static const double steps[] = { 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000 };
  double step = steps[G_N_ELEMENTS (steps) - 1];

  *from = MAX (50, floor (tjm * 0.5 / 50) * 50);
  *to = MAX (*from + 50, ceil (tjm * 1.5 / 50) * 50);
  for (guint i = 0; i < G_N_ELEMENTS (steps); i++)
    if ((*to - *from) / steps[i] <= 60)
      {
        step = steps[i];
        break;
      }
  *to = *from + ceil ((*to - *from) / step) * step;
  *n = (int) round ((*to - *from) / step) + 1;
}

void
ps_xlsx_write_curve (PsXlsx *x)
{
  PsSheet *s = x->curve;
  const PsScenario *sc = &x->c->scenario;
  double from, to, max = 0, micro_tjm;
  int n, first, row = 0;
  g_autofree double *out = NULL;
  lxw_chart *chart;
  lxw_chart_options chart_opt = { 0 };
  g_autofree char *xs = NULL;

  sweep_range (sc->tjm, &from, &to, &n);
  out = g_new (double, (gsize) n * PS_N_STATUSES);
  ps_comparison_sweep (x->p, sc, from, to, n, out);

  ps_sheet_begin (s);
  ps_sheet_string (s, row++, 0, _("Net after income tax per month, by day rate: a snapshot at export"), x->fmt.title);
  ps_sheet_string (s, row++, 0,
                   _("Computed at export with the other inputs of the Summary; these values do not recompute. The dashed line marks the exported day rate."),
                   x->fmt.subtitle);
  row++;
  ps_sheet_string (s, row, 0, _("Day rate (TJM)"), x->fmt.header);
  for (int k = 0; k < PS_N_STATUSES; k++)
    ps_sheet_string (s, row, 1 + k, _(ps_status_name (k)), x->fmt.header);
  ps_sheet_header_row (s, row, 2);
  worksheet_freeze_panes (s->ws, row + 1, 0);
  row++;
  first = row;
  for (int i = 0; i < n; i++, row++)
    {
      double tjm = n > 1 ? from + (to - from) * i / (n - 1) : from;

      ps_sheet_number (s, row, 0, tjm, x->fmt.money_whole);
      for (int k = 0; k < PS_N_STATUSES; k++)
        {
          double v = out[i * PS_N_STATUSES + k];

          ps_sheet_number (s, row, 1 + k, ps_round_cents (v), x->fmt.money);
          max = MAX (max, v);
        }
    }

  /* the exported day rate, as a vertical segment */
  ps_sheet_string (s, first - 1, PS_N_STATUSES + 2, _("Exported day rate"), x->fmt.header);
  ps_sheet_string (s, first - 1, PS_N_STATUSES + 3, "", x->fmt.header);
  ps_sheet_number (s, first, PS_N_STATUSES + 2, sc->tjm, x->fmt.money_whole);
  ps_sheet_number (s, first, PS_N_STATUSES + 3, 0, x->fmt.money_whole);
  ps_sheet_number (s, first + 1, PS_N_STATUSES + 2, sc->tjm, x->fmt.money_whole);
  ps_sheet_number (s, first + 1, PS_N_STATUSES + 3, ceil (max / 500) * 500, x->fmt.money_whole);

  micro_tjm = sc->days_per_year > 0 ? x->p->micro_threshold / sc->days_per_year : 0;
  chart = workbook_add_chart (x->wb, LXW_CHART_SCATTER_STRAIGHT);
  xs = ps_xlsx_range_formula (ps_cell (s, first, 0), ps_cell (s, row - 1, 0));
  for (int k = 0; k < PS_N_STATUSES; k++)
    {
      g_autofree char *ys = ps_xlsx_range_formula (ps_cell (s, first, 1 + k), ps_cell (s, row - 1, 1 + k));
      lxw_chart_series *series;
      lxw_chart_line line = { .color = ps_xlsx_status_color (k, TRUE), .width = 2.25 };

      /* micro above its ceiling: a grey dashed line of its own (hidden
       * helper columns: the net where micro is usable, and beyond) */
      if (k == PS_STATUS_MICRO && micro_tjm > from && micro_tjm < to)
        {
          g_autofree char *beyond = NULL;
          g_autofree char *unusable = g_strdup_printf (_("%s (not usable)"), _(ps_status_name (k)));
          lxw_chart_series *grey;
          lxw_chart_line dashed = { .color = PS_XLSX_UNUSABLE_COLOR, .width = 2.25, .dash_type = LXW_CHART_LINE_DASH_DASH };
          int last_usable = first;

          ps_sheet_string (s, first - 1, PS_N_STATUSES + 6, _(ps_status_name (k)), x->fmt.header);
          ps_sheet_string (s, first - 1, PS_N_STATUSES + 7, unusable, x->fmt.header);
          for (int r = first; r < row; r++)
            if (ps_cell_value (ps_cell (s, r, 0)) <= micro_tjm)
              last_usable = r;
          for (int r = first; r < row; r++)
            {
              double v = ps_cell_value (ps_cell (s, r, 1 + k));

              if (r <= last_usable)
                ps_sheet_number (s, r, PS_N_STATUSES + 6, v, x->fmt.money);
              /* from the last usable point on, so that the lines meet */
              if (r >= last_usable)
                ps_sheet_number (s, r, PS_N_STATUSES + 7, v, x->fmt.money);
            }
          g_free (ys);
          ys = ps_xlsx_range_formula (ps_cell (s, first, PS_N_STATUSES + 6), ps_cell (s, row - 1, PS_N_STATUSES + 6));
          beyond = ps_xlsx_range_formula (ps_cell (s, first, PS_N_STATUSES + 7), ps_cell (s, row - 1, PS_N_STATUSES + 7));
          series = chart_add_series (chart, xs, ys);
          chart_series_set_name (series, _(ps_status_name (k)));
          chart_series_set_line (series, &line);
          grey = chart_add_series (chart, xs, beyond);
          chart_series_set_name (grey, ps_xlsx_chart_text (x, unusable));
          chart_series_set_line (grey, &dashed);
          continue;
        }
      series = chart_add_series (chart, xs, ys);
      chart_series_set_name (series, _(ps_status_name (k)));
      chart_series_set_line (series, &line);
    }
  {
    g_autofree char *mx = ps_xlsx_range_formula (ps_cell (s, first, PS_N_STATUSES + 2), ps_cell (s, first + 1, PS_N_STATUSES + 2));
    g_autofree char *my = ps_xlsx_range_formula (ps_cell (s, first, PS_N_STATUSES + 3), ps_cell (s, first + 1, PS_N_STATUSES + 3));
    lxw_chart_series *series = chart_add_series (chart, mx, my);
    lxw_chart_line line = { .color = 0x7F7F7F, .width = 1, .dash_type = LXW_CHART_LINE_DASH_DASH };

    chart_series_set_name (series, ps_xlsx_chart_text (x, _("Exported day rate")));
    chart_series_set_line (series, &line);
  }
  /* where micro stops being allowed: its ceiling, in day rate */
  if (micro_tjm > from && micro_tjm < to)
    {
      g_autofree char *mx = NULL;
      g_autofree char *my = NULL;
      g_autofree char *number = ps_xlsx_number_text (x, round (micro_tjm), 0);
      /* Translators: a whole amount in euros; French: %s €, with a narrow no-break space */
      g_autofree char *amount = g_strdup_printf (C_("xlsx money text", "€%s"), number);
      g_autofree char *label = g_strdup_printf (_("Micro-entreprise ceiling (%s a day): not usable above"), amount);
      lxw_chart_series *series;
      lxw_chart_line line = { .color = 0xC00000, .width = 1.25, .dash_type = LXW_CHART_LINE_DASH_LONG_DASH };

      ps_sheet_string (s, first - 1, PS_N_STATUSES + 4, _("Micro-entreprise ceiling"), x->fmt.header);
      ps_sheet_string (s, first - 1, PS_N_STATUSES + 5, "", x->fmt.header);
      ps_sheet_number (s, first, PS_N_STATUSES + 4, micro_tjm, x->fmt.money_whole);
      ps_sheet_number (s, first, PS_N_STATUSES + 5, 0, x->fmt.money_whole);
      ps_sheet_number (s, first + 1, PS_N_STATUSES + 4, micro_tjm, x->fmt.money_whole);
      ps_sheet_number (s, first + 1, PS_N_STATUSES + 5, ceil (max / 500) * 500, x->fmt.money_whole);
      mx = ps_xlsx_range_formula (ps_cell (s, first, PS_N_STATUSES + 4), ps_cell (s, first + 1, PS_N_STATUSES + 4));
      my = ps_xlsx_range_formula (ps_cell (s, first, PS_N_STATUSES + 5), ps_cell (s, first + 1, PS_N_STATUSES + 5));
      series = chart_add_series (chart, mx, my);
      chart_series_set_name (series, ps_xlsx_chart_text (x, label));
      chart_series_set_line (series, &line);
    }
  /* the helper columns of the two vertical lines: hidden, still charted */
  chart_show_hidden_data (chart);
  chart_title_set_name (chart, ps_xlsx_chart_text (x, _("Net after income tax per month, by day rate (snapshot at export)")));
  chart_axis_set_name (chart->x_axis, ps_xlsx_chart_text (x, _("Day rate (TJM), € excl. VAT")));
  chart_axis_set_name (chart->y_axis, ps_xlsx_chart_text (x, _("Net after income tax per month")));
  chart_axis_set_num_format (chart->x_axis, C_("xlsx number format", "\"€\"#,##0"));
  chart_axis_set_num_format (chart->y_axis, C_("xlsx number format", "\"€\"#,##0"));
  chart_axis_set_min (chart->x_axis, from);
  chart_axis_set_max (chart->x_axis, to);
  chart_axis_set_min (chart->y_axis, 0);
  chart_legend_set_position (chart, LXW_CHART_LEGEND_BOTTOM);
  chart_opt.x_scale = 1.8;
  chart_opt.y_scale = 1.6;
  worksheet_insert_chart_opt (s->ws, 3, PS_N_STATUSES + 9, chart, &chart_opt);

  ps_sheet_set_columns (s, 0, 0, 16);
  ps_sheet_set_columns (s, 1, PS_N_STATUSES, 19);
  {
    lxw_row_col_options hidden = { .hidden = 1 };

    worksheet_set_column_opt (s->ws, PS_N_STATUSES + 2, PS_N_STATUSES + 7, 14, NULL, &hidden);
  }
  ps_sheet_print_setup (s, TRUE);
}
