/* SPDX-License-Identifier: GPL-3.0-or-later */
/* The "Scénarios" sheet: 2 to 4 scenarios side by side (ps-scenarios), a
 * table status × scenario of the net after tax a month and a year, the
 * best usable status of each scenario. Each scenario has inputs of its
 * own, not the Summary's: the figures are the application's, written as
 * values; the best of each scenario is recomputed from them. */
#define G_LOG_DOMAIN "ps-xlsx"

#include "config.h"

#include <glib/gi18n.h>

#include "ps-xlsx-private.h"

void
ps_xlsx_scenarios_create (PsXlsx *x)
{
  if (x->scenarios == NULL || x->scenarios->n < 2)
    return;
  {
    /* Translators: the workbook's sheet of scenarios side by side */
    g_autofree char *name = g_strdup (_("Scenarios"));
    x->scenarios_sheet = ps_sheet_new (x, name);
  }
}

void
ps_xlsx_write_scenarios (PsXlsx *x)
{
  PsSheet *s = x->scenarios_sheet;
  const PsScenarios *sc = x->scenarios;
  const char *blocks[] = { N_("Net after income tax, a month"), N_("Net after income tax, a year") };
  int row = 3;

  if (s == NULL)
    return;
  ps_sheet_begin (s);
  ps_xlsx_title (x, _("Scenarios side by side"),
                 _("Each scenario with its own inputs (day rate, days, fee…), compared by the application on the same rules; the best usable status of each scenario highlighted. Figures, not formulas: export a scenario alone for its live sheets."));

  /* inputs of each scenario */
  ps_sheet_string (s, row, 0, "", x->fmt.header_left);
  for (int i = 0; i < sc->n; i++)
    ps_sheet_string (s, row, 1 + i, sc->columns[i].name, x->fmt.header);
  ps_sheet_header_row (s, row, 2);
  row++;
  ps_sheet_string (s, row, 0, _("Day rate (TJM)"), x->fmt.label);
  for (int i = 0; i < sc->n; i++)
    ps_sheet_number (s, row, 1 + i, sc->columns[i].comparison.scenario.tjm, x->fmt.money);
  row++;
  ps_sheet_string (s, row, 0, _("Days billed a year"), x->fmt.label);
  for (int i = 0; i < sc->n; i++)
    ps_sheet_number (s, row, 1 + i, sc->columns[i].comparison.scenario.days_per_year, x->fmt.number);
  row++;
  ps_sheet_string (s, row, 0, _("Revenue excl. VAT, a year"), x->fmt.label);
  for (int i = 0; i < sc->n; i++)
    ps_sheet_number (s, row, 1 + i, sc->columns[i].comparison.statuses[PS_STATUS_PORTAGE].revenue_yearly, x->fmt.money);
  row += 2;

  for (guint b = 0; b < G_N_ELEMENTS (blocks); b++)
    {
      int first = row + 1;
      lxw_conditional_format cf = { 0 };
      g_autofree char *rule = NULL;

      ps_sheet_string (s, row++, 0, _(blocks[b]), x->fmt.section);
      for (int st = 0; st < PS_N_STATUSES; st++, row++)
        {
          ps_sheet_string (s, row, 0, _(ps_status_name (st)), x->fmt.label);
          for (int i = 0; i < sc->n; i++)
            {
              const PsStatusResult *r = &sc->columns[i].comparison.statuses[st];

              if (r->eligible)
                ps_sheet_number (s, row, 1 + i, b == 0 ? r->net_after_tax_monthly : r->net_after_tax_yearly,
                                 x->fmt.money);
              else
                ps_sheet_string (s, row, 1 + i, _("can’t be used"), x->fmt.text_right);
            }
        }
      /* the best of each scenario: the highest of its usable statuses */
      ps_sheet_string (s, row, 0, _("Best usable status"), x->fmt.label_total);
      for (int i = 0; i < sc->n; i++)
        {
          const PsComparison *c = &sc->columns[i].comparison;
          PsX best = ps_x_str (x, "—");
          g_autoptr (GString) text = g_string_new ("MAX(");
          double max = 0;
          PsX top;

          for (int st = 0; st < PS_N_STATUSES; st++)
            {
              PsCell v = ps_cell (s, first + st, 1 + i);
              PsX e = c->statuses[st].eligible ? cell (x, v) : n (x, -1e14);

              g_string_append_printf (text, "%s%s", st > 0 ? "," : "", e.f);
              max = st == 0 ? e.v : MAX (max, e.v);
            }
          g_string_append_c (text, ')');
          top = ps_x_raw (x, text->str, max);
          for (int st = PS_N_STATUSES - 1; st >= 0; st--)
            if (c->statuses[st].eligible)
              best = ps_x_if (x, ps_x_cmp (x, cell (x, ps_cell (s, first + st, 1 + i)), "=", top),
                              ps_x_str (x, _(ps_status_name (st))), best);
          best = ps_x_if (x, ps_x_cmp (x, top, "<=", n (x, 0)), ps_x_str (x, "—"), best);
          {
            PsCell bc = ps_sheet_formula (s, row, 1 + i, best, x->fmt.best_right);

            if (b == 1)
              {
                g_autofree char *name = g_strdup_printf ("scenario%d_best", i + 1);

                ps_define_name (x, name, bc);
              }
          }
        }
      /* highlighted: the best's net */
      rule = g_strdup_printf ("=$A%d=B$%d", first + 1, row + 1);
      cf.type = LXW_CONDITIONAL_TYPE_FORMULA;
      cf.value_string = rule;
      cf.format = x->fmt.best;
      worksheet_conditional_format_range (s->ws, first, 1, first + PS_N_STATUSES - 1, sc->n, &cf);
      /* and the best row itself */
      {
        lxw_conditional_format all = { 0 };

        all.type = LXW_CONDITIONAL_TYPE_NO_BLANKS;
        all.format = x->fmt.best;
        worksheet_conditional_format_range (s->ws, row, 1, row, sc->n, &all);
      }
      row += 2;
    }
  ps_sheet_string (s, row++, 0, _("The engine picks the first of equal nets in the order portage, CDI, micro, SASU, EURL; a portage offer marked current in a scenario makes its portage."),
                   x->fmt.note);

  ps_sheet_fit_columns (s, 0, 0, 28, 50);
  ps_sheet_fit_columns (s, 1, sc->n, 14, 22);
  ps_sheet_print_setup (s, TRUE);
}
