/* SPDX-License-Identifier: GPL-3.0-or-later */
/* libFuzzer target: the rates loader must refuse anything malformed with
 * a GError, never crash, never leak, and what it accepts must resolve. */
#include "config.h"

#include <glib.h>

#include "ps-rates.h"

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
      g_ptr_array_unref (ps_rates_list (rates, dates[0]));
    }
  return 0;
}
