/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The Summary sheet: the title, the disclaimer, the comparison of the
 * statuses (their yearly figures from their sheets, the best usable one),
 * its chart, then the inputs (ps-xlsx-inputs.c). */
#define G_LOG_DOMAIN "ps-xlsx"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "ps-money.h"
#include "ps-rights.h"
#include "ps-xlsx-private.h"

static const struct
{
  PsField     field;
  const char *key;      /* JSON key of the status, and name suffix */
} field_keys[] = {
  { PS_FIELD_REVENUE, "revenue_yearly" },
  { PS_FIELD_COSTS, "costs_yearly" },
  { PS_FIELD_EXPENSES, "expenses_yearly" },
  { PS_FIELD_CONTRIBUTIONS, "contributions_yearly" },
  { PS_FIELD_CORPORATE_TAX, "corporate_tax_yearly" },
  { PS_FIELD_GROSS, "gross_yearly" },
  { PS_FIELD_NET_BEFORE_TAX, "net_before_tax_yearly" },
  { PS_FIELD_INCOME_TAX, "income_tax_yearly" },
  { PS_FIELD_NET_AFTER_TAX, "net_after_tax_yearly" },
  { PS_FIELD_DEFERRED, "deferred_yearly" },
};

static double
field_value (const PsStatusResult *r,
             PsField               field)
{
  switch (field)
    {
    case PS_FIELD_REVENUE: return r->revenue_yearly;
    case PS_FIELD_COSTS: return r->costs_yearly;
    case PS_FIELD_EXPENSES: return r->expenses_yearly;
    case PS_FIELD_CONTRIBUTIONS: return r->contributions_yearly;
    case PS_FIELD_CORPORATE_TAX: return r->corporate_tax_yearly;
    case PS_FIELD_GROSS: return r->gross_yearly;
    case PS_FIELD_NET_BEFORE_TAX: return r->net_before_tax_yearly;
    case PS_FIELD_INCOME_TAX: return r->income_tax_yearly;
    case PS_FIELD_NET_AFTER_TAX: return r->net_after_tax_yearly;
    case PS_FIELD_DEFERRED: return r->deferred_yearly;
    case PS_N_FIELDS:
    default: return 0;
    }
}

static const char *
field_label (PsField field)
{
  switch (field)
    {
    case PS_FIELD_REVENUE: return _("Revenue excl. VAT (CDI: the employer cost)");
    case PS_FIELD_COSTS: return _("Management fee and running costs");
    case PS_FIELD_EXPENSES: return _("Professional expenses (reimbursed in portage)");
    case PS_FIELD_CONTRIBUTIONS: return _("Social contributions, employee and employer");
    case PS_FIELD_CORPORATE_TAX: return _("Corporate tax (IS)");
    case PS_FIELD_GROSS: return _("Gross salary");
    case PS_FIELD_NET_BEFORE_TAX: return _("Net before income tax");
    case PS_FIELD_INCOME_TAX: return _("Income tax");
    case PS_FIELD_NET_AFTER_TAX: return _("Net after income tax, per year");
    case PS_FIELD_DEFERRED: return _("Deferred pay (réserve financière)");
    case PS_N_FIELDS:
    default: return "";
    }
}

/* One colour per status, in the Summary's chart and on the Curve; a status
 * that can't be used at the exported inputs is grey. */
static const lxw_color_t status_colors[PS_N_STATUSES] = {
  [PS_STATUS_PORTAGE] = 0x3584E4,
  [PS_STATUS_CDI] = 0xE66100,
  [PS_STATUS_MICRO] = 0x26A269,
  [PS_STATUS_SASU] = 0x9141AC,
  [PS_STATUS_EURL] = 0xE01B24,
};

lxw_color_t
ps_xlsx_status_color (PsStatus status,
                      gboolean usable)
{
  return usable ? status_colors[status] : PS_XLSX_UNUSABLE_COLOR;
}

/* The Summary, from the top: title, disclaimer, the comparison (frozen
 * header), its chart, then the inputs. */
#define SUMMARY_TABLE_ROW 3
/* section, header, the fields, per month, share, three protections,
 * usable, best; then the hidden row of the chart's labels */
#define SUMMARY_TABLE_ROWS (2 + (int) G_N_ELEMENTS (field_keys) + 1 + 1 + 3 + 1 + 1 + 1)
#define SUMMARY_CHART_ROWS 19

/* ------------------------------------------------------------ summary: comparison */

/* A chart's text with the workbook's typography, alive as long as the
 * export */
const char *
ps_xlsx_chart_text (PsXlsx     *x,
                    const char *text)
{
  g_autofree char *typo = ps_xlsx_typo (x, text);

  return g_string_chunk_insert (x->chunk, typo);
}

/* libxlsxwriter caches a chart's categories from the cells, but a
 * formula's text result as 0: viewers that draw the cache, not the cells,
 * would label bars "0". The cache is written here from the values the
 * formulas were written with (lxw_series_range is public; the library
 * frees the points and their strings with free ()). */
static void
chart_category_cache (lxw_chart_series  *series,
                      const char *const *labels)
{
  lxw_series_range *range = series->categories;

  if (range == NULL || range->data_cache == NULL)
    return;
  for (int i = 0; i < PS_N_STATUSES; i++)
    {
      struct lxw_series_data_point *point = calloc (1, sizeof *point);

      if (point == NULL)
        return;
      point->is_string = 1;
      point->string = strdup (labels[i]);
      STAILQ_INSERT_TAIL (range->data_cache, point, list_pointers);
    }
  range->num_data_points = PS_N_STATUSES;
  range->has_string_cache = 1;
  range->ignore_cache = 1;
}

/* "='Sheet'!$B$5:$C$5", for chart series */
char *
ps_xlsx_range_formula (PsCell first,
                       PsCell last)
{
  g_autofree char *r = ps_range_absolute (first, last);

  return g_strconcat ("=", r, NULL);
}

static char *
sheet_link (PsSheet *s)
{
  GString *q = g_string_new ("internal:'");

  for (const char *p = s->name; *p; p++)
    {
      if (*p == '\'')
        g_string_append_c (q, '\'');
      g_string_append_c (q, *p);
    }
  g_string_append (q, "'!A1");
  return g_string_free (q, FALSE);
}

static int
write_comparison (PsXlsx              *x,
                  int                  row,
                  const PsStatusCells *cells)
{
  PsSheet *s = x->summary;
  const PsComparison *c = x->c;
  int header_row, net_row = 0, net_yearly_row = 0, labels_row;
  const char *chart_labels[PS_N_STATUSES];
  PsCell eligible[PS_N_STATUSES];
  PsCell field_cell[PS_N_STATUSES][PS_N_FIELDS];
  lxw_chart *chart;
  lxw_chart_series *series;
  lxw_chart_options chart_opt = { 0 };
  g_autofree char *categories = NULL;
  g_autofree char *values = NULL;

  ps_sheet_begin (s);
  ps_sheet_string (s, row++, 0, _("Comparison on the same yearly basis"), x->fmt.section);
  header_row = row;
  ps_sheet_string (s, row, 0, _("Per year unless stated"), x->fmt.header_left);
  ps_sheet_header_row (s, row, 2);
  for (int i = 0; i < PS_N_STATUSES; i++)
    {
      g_autofree char *url = sheet_link (x->status_sheet[i]);

      worksheet_write_url_opt (s->ws, row, 1 + i, url, x->fmt.header, _(ps_status_name (i)), NULL);
      s->widths[1 + i] = MAX (s->widths[1 + i], (int) g_utf8_strlen (_(ps_status_name (i)), -1));
    }
  row++;

  for (guint k = 0; k < G_N_ELEMENTS (field_keys); k++, row++)
    {
      PsField f = field_keys[k].field;
      gboolean total = f == PS_FIELD_NET_AFTER_TAX;

      ps_sheet_string (s, row, 0, field_label (f), total ? x->fmt.label_total : x->fmt.label);
      for (int i = 0; i < PS_N_STATUSES; i++)
        {
          g_autofree char *name = g_strconcat (ps_status_id (i), "_", field_keys[k].key, NULL);
          lxw_format *fmt = total ? x->fmt.money_total : x->fmt.money;

          if (cells[i].cell[f].sheet != NULL && cells[i].cell[f].row >= 0)
            field_cell[i][f] = ps_sheet_formula (s, row, 1 + i, ps_x_cell (x, cells[i].cell[f]), fmt);
          else
            field_cell[i][f] = ps_sheet_number (s, row, 1 + i, ps_round_cents (field_value (&c->statuses[i], f)), fmt);
          ps_define_name (x, name, field_cell[i][f]);
        }
      if (f == PS_FIELD_NET_AFTER_TAX)
        {
          net_yearly_row = row;
          row++;
          net_row = row;
          ps_sheet_string (s, row, 0, _("Net after income tax, per month"), x->fmt.label_total);
          for (int i = 0; i < PS_N_STATUSES; i++)
            {
              g_autofree char *name = g_strconcat (ps_status_id (i), "_net_after_tax_monthly", NULL);
              PsCell m = ps_sheet_formula (s, row, 1 + i,
                                           ps_x_div (x, ps_x_cell (x, field_cell[i][f]), ps_x_num (x, 12)),
                                           x->fmt.money_total);
              ps_define_name (x, name, m);
            }
        }
    }

  ps_sheet_string (s, row, 0, _("Share of the revenue taken by fees, contributions and tax"), x->fmt.label);
  for (int i = 0; i < PS_N_STATUSES; i++)
    {
      PsX rev = ps_x_cell (x, field_cell[i][PS_FIELD_REVENUE]);
      PsX net = ps_x_cell (x, field_cell[i][PS_FIELD_NET_AFTER_TAX]);
      g_autofree char *name = g_strconcat (ps_status_id (i), "_effective_rate", NULL);
      PsCell r = ps_sheet_formula (s, row, 1 + i,
                                   ps_x_if (x, ps_x_cmp (x, rev, ">", ps_x_num (x, 0)),
                                            ps_x_sub (x, ps_x_num (x, 1), ps_x_div (x, net, rev)), ps_x_num (x, 0)),
                                   x->fmt.percent);
      ps_define_name (x, name, r);
    }
  row++;
  {
    const char *labels[] = { _("Unemployment insurance"), _("Sick pay"), _("Complementary pension") };

    for (guint k = 0; k < G_N_ELEMENTS (labels); k++, row++)
      {
        ps_sheet_string (s, row, 0, labels[k], x->fmt.label);
        for (int i = 0; i < PS_N_STATUSES; i++)
          {
            const PsStatusResult *r = &c->statuses[i];
            gboolean yes = k == 0 ? r->unemployment_insurance : k == 1 ? r->sick_pay : r->complementary_pension;

            if (k == 1)
              {
                /* sick pay: the Protection sheet's, live (none below the
                 * IJSS or the TNS threshold) */
                g_autofree char *daily = g_strconcat (ps_status_id (i), "_sick_pay_daily", NULL);
                PsRights rights;

                ps_rights_compute (x->p, c, i, &rights);
                ps_sheet_formula (s, row, 1 + i,
                                  ps_x_if (x, ps_x_cmp (x, ps_x_raw (x, daily, rights.sick_daily), ">", ps_x_num (x, 0)),
                                           ps_x_str (x, _("yes")), ps_x_str (x, _("no"))),
                                  x->fmt.check);
                continue;
              }
            ps_sheet_string (s, row, 1 + i, yes ? _("yes") : _("no"), x->fmt.check);
          }
      }
  }

  /* who can use the status at this revenue (micro: its ceiling) */
  ps_sheet_string (s, row, 0, _("Usable at this revenue"), x->fmt.label);
  for (int i = 0; i < PS_N_STATUSES; i++)
    {
      if (x->eligible[i].sheet != NULL)
        eligible[i] = ps_sheet_formula (s, row, 1 + i, ps_x_cell (x, x->eligible[i]), x->fmt.check);
      else
        {
          ps_sheet_string (s, row, 1 + i, _("yes"), x->fmt.check);
          eligible[i] = ps_cell (NULL, -1, -1);
        }
    }
  row++;

  /* the best status, recomputed: the highest net among the usable ones,
   * as the engine: from the CDI (always usable), a status replaces it only
   * with a strictly higher net, so the CDI wins a tie, then the first of
   * equals */
  {
    PsX v[PS_N_STATUSES], best, top;
    g_autoptr (GString) text = g_string_new ("MAX(");
    double max = 0;
    PsCell b;
    lxw_conditional_format cf = { 0 };
    g_autofree char *rule = NULL;

    for (int i = 0; i < PS_N_STATUSES; i++)
      {
        v[i] = ps_x_cell (x, field_cell[i][PS_FIELD_NET_AFTER_TAX]);
        if (eligible[i].sheet != NULL)
          v[i] = ps_x_if (x, ps_x_cmp (x, ps_x_cell (x, eligible[i]), "=", ps_x_str (x, _("yes"))), v[i],
                          ps_x_num (x, -1e14));
        g_string_append_printf (text, "%s%s", i > 0 ? "," : "", v[i].f);
        max = i == 0 ? v[i].v : MAX (max, v[i].v);
      }
    g_string_append_c (text, ')');
    top = ps_x_raw (x, text->str, max);
    best = ps_x_str (x, _(ps_status_name (PS_STATUS_CDI)));
    for (int i = PS_N_STATUSES - 1; i >= 0; i--)
      if (i != PS_STATUS_CDI)
        best = ps_x_if (x, ps_x_cmp (x, v[i], "=", top), ps_x_str (x, _(ps_status_name (i))), best);
    best = ps_x_if (x, ps_x_cmp (x, v[PS_STATUS_CDI], "=", top), ps_x_str (x, _(ps_status_name (PS_STATUS_CDI))), best);
    /* none usable, or none leaves anything: no best */
    best = ps_x_if (x, ps_x_cmp (x, top, "<=", ps_x_num (x, 0)), ps_x_str (x, "—"), best);
    ps_sheet_string (s, row, 0, _("Highest net after income tax"), x->fmt.label_total);
    b = ps_sheet_formula (s, row, 1, best, x->fmt.best);
    ps_define_name (x, "best_status", b);

    /* the best status's nets, highlighted */
    rule = g_strdup_printf ("=B$%d=$B$%d", header_row + 1, b.row + 1);
    cf.type = LXW_CONDITIONAL_TYPE_FORMULA;
    cf.value_string = rule;
    cf.format = x->fmt.best;
    worksheet_conditional_format_range (s->ws, net_yearly_row, 1, net_row, PS_N_STATUSES, &cf);
    row++;
  }

  /* the chart's labels, live: "Micro-entreprise (not usable)" when the
   * status can't be used at the current inputs (a hidden row) */
  ps_sheet_string (s, row, 0, _("Chart labels"), x->fmt.chart_label);
  for (int i = 0; i < PS_N_STATUSES; i++)
    {
      const char *name = _(ps_status_name (i));
      g_autofree char *unusable = g_strdup_printf (_("%s (not usable)"), name);

      PsX label = ps_x_str (x, c->statuses[i].eligible ? name : unusable);

      if (eligible[i].sheet != NULL)
        {
          label = ps_x_if (x, ps_x_cmp (x, ps_x_cell (x, eligible[i]), "=", ps_x_str (x, _("yes"))),
                           ps_x_str (x, name), ps_x_str (x, unusable));
          ps_sheet_formula (s, row, 1 + i, label, x->fmt.chart_label);
        }
      else
        ps_sheet_string (s, row, 1 + i, label.s, x->fmt.chart_label);
      chart_labels[i] = label.s;
    }
  {
    lxw_row_col_options hidden = { .hidden = 1 };

    worksheet_set_row_opt (s->ws, row, LXW_DEF_ROW_HEIGHT, NULL, &hidden);
  }
  labels_row = row;
  row++;

  /* column chart of the net after tax per month: one colour per status,
   * grey when it can't be used */
  chart = workbook_add_chart (x->wb, LXW_CHART_COLUMN);
  chart_show_hidden_data (chart);
  categories = ps_xlsx_range_formula (ps_cell (s, labels_row, 1), ps_cell (s, labels_row, PS_N_STATUSES));
  values = ps_xlsx_range_formula (ps_cell (s, net_row, 1), ps_cell (s, net_row, PS_N_STATUSES));
  series = chart_add_series (chart, categories, values);
  chart_category_cache (series, chart_labels);
  chart_series_set_name (series, ps_xlsx_chart_text (x, _("Net after income tax, per month")));
  chart_series_set_labels (series);
  chart_series_set_labels_num_format (series, C_("xlsx number format", "\"€\"#,##0"));
  {
    lxw_chart_fill fills[PS_N_STATUSES];
    lxw_chart_point points[PS_N_STATUSES];
    lxw_chart_point *list[PS_N_STATUSES + 1];

    memset (fills, 0, sizeof fills);
    memset (points, 0, sizeof points);
    for (int i = 0; i < PS_N_STATUSES; i++)
      {
        fills[i].color = ps_xlsx_status_color (i, c->statuses[i].eligible);
        points[i].fill = &fills[i];
        list[i] = &points[i];
      }
    list[PS_N_STATUSES] = NULL;
    chart_series_set_points (series, list);
  }
  {
    gboolean any_unusable = FALSE;

    for (int i = 0; i < PS_N_STATUSES; i++)
      any_unusable |= !c->statuses[i].eligible;
    chart_title_set_name (chart, ps_xlsx_chart_text (x, any_unusable ? _("Net after income tax, per month (grey: not usable at the exported inputs)")
                                                             : _("Net after income tax, per month")));
  }
  chart_legend_set_position (chart, LXW_CHART_LEGEND_NONE);
  chart_axis_set_num_format (chart->y_axis, C_("xlsx number format", "\"€\"#,##0"));
  chart_axis_set_min (chart->y_axis, 0);
  chart_opt.x_scale = 1.45;
  chart_opt.y_scale = 1.2;
  chart_opt.x_offset = 5;
  chart_opt.y_offset = 10;
  worksheet_insert_chart_opt (s->ws, row, 0, chart, &chart_opt);
  return row;
}

void
ps_xlsx_write_summary (PsXlsx              *x,
                       const PsStatusCells *cells)
{
  PsSheet *s = x->summary;
  lxw_protection protection = { 0 };
  int end;

  end = write_comparison (x, x->summary_table_row, cells);
  if (end != x->summary_table_row + SUMMARY_TABLE_ROWS && x->error == NULL)
    x->error = g_strdup_printf ("the Summary's comparison has %d rows, not %d", end - x->summary_table_row,
                                SUMMARY_TABLE_ROWS);
  ps_sheet_fit_columns (s, 0, 0, 44, 60);
  ps_sheet_set_columns (s, 1, MAX (2, PS_N_STATUSES), 19);
  worksheet_set_row (s->ws, 2,
                     13.0 * ps_text_lines (x->summary_disclaimer_width, s->col_width[0] + 19 * MAX (2, PS_N_STATUSES)) + 3,
                     NULL);
  /* the title and the statuses' header stay in view */
  worksheet_freeze_panes (s->ws, x->summary_table_row + 2, 0);
  ps_sheet_print_setup (s, FALSE);
  /* only the yellow inputs can be typed in (no password): the choices
   * made at export are read-only */
  protection.format_columns = 1;
  protection.format_rows = 1;
  protection.format_cells = 1;
  worksheet_protect (s->ws, NULL, &protection);
  worksheet_activate (s->ws);
}

void
ps_xlsx_write_summary_head (PsXlsx *x)
{
  PsSheet *s = x->summary;
  g_autofree char *date = ps_xlsx_date_text (x->p->date);
  g_autofree char *subtitle = NULL;
  g_autofree char *disclaimer = NULL;
  g_autofree char *typo = NULL;
  g_autofree char *now = ps_xlsx_date_text (ps_date_today ());
  int last = MAX (2, PS_N_STATUSES);

  ps_sheet_begin (s);
  ps_sheet_string (s, 0, 0, _("Portage Simulator: what you keep, by status"), x->fmt.title);
  subtitle = g_strdup_printf (_("Simulation on %s, with the rates in force on that date (%d), exported on %s by Portage Simulator %s."),
                              date, x->p->year, now, PACKAGE_VERSION);
  typo = ps_xlsx_typo (x, subtitle);
  g_free (subtitle);
  subtitle = g_steal_pointer (&typo);
  /* long lines: wrapped within the printed width */
  worksheet_merge_range (s->ws, 1, 0, 1, last, subtitle, x->fmt.subtitle_wrap);
  disclaimer = g_strdup_printf (_("Covers one year of each status at the rates in force on %s: social contributions, the household’s income tax, corporate tax and the management fee, as the law and the official URSSAF simulator (mon-entreprise.urssaf.fr) compute them. Leaves out the household’s other income, the value of pension and unemployment rights, VAT and the first years’ special cases beyond ACRE. A simulation, not advice: check your situation with an accountant. The yellow inputs are below the chart."),
                                date);
  if (x->portage_offer != NULL)
    {
      /* Translators: the offer's name */
      g_autofree char *note = g_strdup_printf (x->portage_offer->has_profile
                                               ? _("Portage with the scenario’s current offer “%s” (as in compare and the window): the Portage sheet and column take its fee, charges, contract and employer profile from its column of the Offres sheet.")
                                               : _("Portage with the scenario’s current offer “%s” (as in compare and the window): the Portage sheet and column take its fee, charges and contract from its column of the Offres sheet."),
                                               x->portage_offer->name);
      char *joined = g_strconcat (disclaimer, " ", note, NULL);

      g_free (disclaimer);
      disclaimer = joined;
    }
  else if (x->current_offer != NULL)
    {
      /* compare, the window and this workbook's Offres sheet use the
       * scenario's current offer for portage; the Portage sheet and the
       * table below keep the scenario's own terms: say so, with the offer's
       * figures, rather than show other ones silently */
      const PsComparison *oc = x->offer_comparison;
      g_autofree char *net = ps_format_money (oc->statuses[PS_STATUS_PORTAGE].net_after_tax_yearly);
      g_autofree char *note = NULL;
      char *joined;

      if (oc->has_best)
        /* Translators: the offer's name, portage's net a year with it, the best status with it */
        note = g_strdup_printf (_("Portage with the scenario’s current offer “%s” (as in compare and the window): %s a year after income tax, best status %s; its sheet and the Offres sheet compute it. The Portage column below has the scenario’s own terms."),
                                x->current_offer->name, net, _(ps_status_name (oc->best)));
      else
        /* Translators: the offer's name, portage's net a year with it */
        note = g_strdup_printf (_("Portage with the scenario’s current offer “%s” (as in compare and the window): %s a year after income tax, no status usable; its sheet and the Offres sheet compute it. The Portage column below has the scenario’s own terms."),
                                x->current_offer->name, net);
      joined = g_strconcat (disclaimer, " ", note, NULL);
      g_free (disclaimer);
      disclaimer = joined;
    }
  typo = ps_xlsx_typo (x, disclaimer);
  g_free (disclaimer);
  disclaimer = g_steal_pointer (&typo);
  worksheet_merge_range (s->ws, 2, 0, 2, last, disclaimer, x->fmt.disclaimer);
  /* its height once the first column's width is known (ps_xlsx_write_summary ()) */
  x->summary_disclaimer_width = ps_text_width (disclaimer, FALSE);
  worksheet_set_row (s->ws, 1, 15, NULL);
  x->summary_table_row = SUMMARY_TABLE_ROW;
  x->summary_inputs_row = SUMMARY_TABLE_ROW + SUMMARY_TABLE_ROWS + SUMMARY_CHART_ROWS + 1;
  ps_xlsx_write_inputs (x, x->summary_inputs_row);
}
