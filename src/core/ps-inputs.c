/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ps-inputs"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>

#include "ps-error.h"
#include "ps-inputs.h"
#include "ps-money.h"

gboolean
ps_input_check_number (const char *name,
                       double      value,
                       double      min,
                       double      max,
                       GError    **error)
{
  if (!isfinite (value))
    {
      g_set_error (error, PS_INPUT_ERROR, PS_INPUT_ERROR_NOT_A_NUMBER,
                   _("%s: not a number"), name);
      return FALSE;
    }
  if (value < min || value > max)
    {
      g_autofree char *a = ps_format_number (min, min == floor (min) ? 0 : 2);
      g_autofree char *b = ps_format_number (max, max == floor (max) ? 0 : 2);
      g_autofree char *v = ps_format_number (value, value == floor (value) ? 0 : 2);

      g_set_error (error, PS_INPUT_ERROR, PS_INPUT_ERROR_OUT_OF_RANGE,
                   /* Translators: field name, value typed, minimum, maximum */
                   _("%s: %s is out of range (accepted: %s to %s)"), name, v, a, b);
      return FALSE;
    }
  return TRUE;
}

gboolean
ps_input_parse_number (const char *name,
                       const char *text,
                       double      min,
                       double      max,
                       double     *out_value,
                       GError    **error)
{
  g_autoptr (GError) local_error = NULL;
  double value;

  if (!ps_parse_amount (text, &value, &local_error))
    {
      g_set_error (error, PS_INPUT_ERROR, local_error->code, "%s: %s", name, local_error->message);
      return FALSE;
    }
  if (!ps_input_check_number (name, value, min, max, error))
    return FALSE;
  *out_value = value;
  return TRUE;
}
