/* SPDX-License-Identifier: GPL-3.0-or-later */
/* libFuzzer target: the amount parser and the validation layer. */
#include "config.h"

#include <glib.h>
#include <math.h>

#include "ps-inputs.h"
#include "ps-money.h"

int LLVMFuzzerTestOneInput (const guint8 *data, size_t size);

int
LLVMFuzzerTestOneInput (const guint8 *data,
                        size_t        size)
{
  g_autofree char *text = g_strndup ((const char *) data, size);
  double value;

  {
    g_autoptr (GError) error = NULL;

    if (ps_parse_amount (text, &value, &error))
      {
        g_autofree char *money = ps_format_money (value);

        g_assert_no_error (error);
        g_assert_true (isfinite (value));
        g_assert_nonnull (money);
      }
    else
      g_assert_nonnull (error);
  }

  for (int f = 0; f < PS_N_FIELDS; f++)
    {
      g_autoptr (GError) error = NULL;
      const PsFieldSpec *spec = ps_field_spec (f);

      if (ps_input_parse_field (f, NULL, text, &value, &error))
        g_assert_true (value >= spec->min && value <= spec->max);
      else
        g_assert_nonnull (error);
    }
  return 0;
}
