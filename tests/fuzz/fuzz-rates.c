/* SPDX-License-Identifier: GPL-3.0-or-later */
/* libFuzzer target: the rates loader must refuse anything malformed with
 * a GError, never crash, never leak; what it accepts must resolve, list
 * (portage-cli rates) and export (the workbook's assumptions sheet reads
 * every listed key). */
#include "config.h"

#include <glib.h>

#include "ps-comparison.h"
#include "ps-file.h"
#include "ps-rates.h"
#include "ps-xlsx-export.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autoptr (GBytes) bytes = g_bytes_new (data, size);
  g_autoptr (GError) error = NULL;
  g_autoptr (PsRates) rates = ps_rates_new_from_bytes (bytes, "fuzz.json", &error);

  g_assert ((rates == NULL) != (error == NULL));
  if (rates != NULL)
    {
      int year = ps_rates_get_year (rates);
      const PsDate dates[] = { PS_DATE (year, 1, 1), PS_DATE (year, 6, 1), PS_DATE (year, 12, 31) };

      for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
        {
          g_autoptr (GError) e = NULL;
          const PsParams *p = ps_rates_resolve (rates, dates[i], &e);

          g_assert ((p == NULL) != (e == NULL));
        }
      for (guint i = 0; i < G_N_ELEMENTS (dates); i++)
        {
          g_autoptr (GPtrArray) list = ps_rates_list (rates, dates[i]);

          for (guint k = 0; k < list->len; k++)
            {
              PsRateInfo *info = g_ptr_array_index (list, k);

              g_assert (info->key != NULL && info->label != NULL && info->source != NULL
                        && info->value_text != NULL);
            }
        }
      {
        /* the workbook's inputs and assumptions sheet, which lists every
         * key (the other sheets read the rates through the engine) */
        g_autoptr (GError) e = NULL;
        const PsParams *p = ps_rates_resolve (rates, dates[1], &e);

        if (p != NULL)
          {
            g_autofree PsComparison *c = g_new0 (PsComparison, 1);
            g_autofree char *dir = ps_file_make_temp_dir ("fuzz-rates", NULL);
            g_autofree char *path = dir != NULL ? g_build_filename (dir, "r.xlsx", NULL) : NULL;
            PsScenario s;

            ps_scenario_init (&s, p);
            ps_comparison_compute (p, &s, c);
            if (path != NULL)
              {
                g_autoptr (GError) export_error = NULL;

                ps_xlsx_export_assumptions (c, p, rates, path, &export_error);
                ps_file_remove_tree (dir);
              }
          }
      }
    }
  return 0;
}
