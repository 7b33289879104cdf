/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ps-money"

#include "config.h"

#include <float.h>
#include <glib/gi18n-lib.h>
#include <limits.h>
#include <locale.h>
#include <math.h>
#include <monetary.h>
#include <string.h>

#include "ps-error.h"
#include "ps-money.h"

double
ps_round_to (double value,
             int    decimals)
{
  double scale = 1.0;

  for (int i = 0; i < decimals; i++)
    scale *= 10.0;
  /* Same as JavaScript's Math.round ((n + Number.EPSILON) * 10^d) / 10^d,
   * which is what the official model uses. */
  return floor ((value + DBL_EPSILON) * scale + 0.5) / scale;
}

/* Accepts "550", "550.50", "550,50", "1 200", "1 200,5", "12 345,67 €",
 * "1,200.50" (English grouping), with ordinary, no-break or narrow no-break
 * spaces as thousands separators. Rejects anything else. */
gboolean
ps_parse_amount (const char  *text,
                 double      *out_value,
                 GError     **error)
{
  g_autoptr (GString) clean = NULL;
  const char *p;
  int n_dots = 0, n_commas = 0;
  char *end = NULL;
  double value;

  if (text == NULL)
    text = "";

  clean = g_string_new (NULL);
  for (p = text; *p != '\0'; p = g_utf8_next_char (p))
    {
      gunichar c = g_utf8_get_char_validated (p, -1);

      if (c == (gunichar) -1 || c == (gunichar) -2)
        {
          g_set_error (error, PS_INPUT_ERROR, PS_INPUT_ERROR_NOT_A_NUMBER,
                       _("“%s” is not a number"), "?");
          return FALSE;
        }
      if (g_unichar_isspace (c) || c == 0x00A0 || c == 0x202F || c == 0x2009 || c == '\'')
        continue;
      if (c == 0x20AC) /* € */
        continue;
      if (c == 0x2212) /* minus sign */
        c = '-';
      if (c == ',')
        n_commas++;
      else if (c == '.')
        n_dots++;
      else if (!(c == '-' || c == '+' || (c >= '0' && c <= '9')))
        {
          g_set_error (error, PS_INPUT_ERROR, PS_INPUT_ERROR_NOT_A_NUMBER,
                       _("“%s” is not a number"), text);
          return FALSE;
        }
      g_string_append_c (clean, (char) c);
    }

  if (clean->len == 0)
    {
      g_set_error_literal (error, PS_INPUT_ERROR, PS_INPUT_ERROR_EMPTY,
                           _("A value is required"));
      return FALSE;
    }

  if (n_commas > 0 && n_dots > 0)
    {
      /* "1,200.50" or "1.200,50": the last separator is the decimal one. */
      char *last_comma = strrchr (clean->str, ',');
      char *last_dot = strrchr (clean->str, '.');
      char group = last_comma > last_dot ? '.' : ',';
      GString *tmp = g_string_new (NULL);

      for (p = clean->str; *p; p++)
        if (*p != group)
          g_string_append_c (tmp, *p == ',' ? '.' : *p);
      g_string_free (clean, TRUE);
      clean = tmp;
    }
  else if (n_commas + n_dots == 1)
    {
      /* "1,200" or "1.200": a thousands separator, or a decimal point with
       * three decimals? The locale's decimal point decides; the other one
       * is refused rather than guessed */
      char sep = n_commas == 1 ? ',' : '.';
      const char *at = strchr (clean->str, sep);
      const char *decimal = localeconv ()->decimal_point;
      gsize after = strlen (at + 1);

      if (after == 3 && g_ascii_isdigit (at[1]) && at > clean->str
          && !(decimal != NULL && decimal[0] == sep && decimal[1] == '\0'))
        {
          g_set_error (error, PS_INPUT_ERROR, PS_INPUT_ERROR_NOT_A_NUMBER,
                       _("“%s” is ambiguous: write it without a separator (1200) or with a space (1 200)"), text);
          return FALSE;
        }
      if (sep == ',')
        *strchr (clean->str, ',') = '.';
    }
  else if (n_commas > 1 || n_dots > 1)
    {
      g_set_error (error, PS_INPUT_ERROR, PS_INPUT_ERROR_NOT_A_NUMBER,
                   _("“%s” is not a number"), text);
      return FALSE;
    }

  value = g_ascii_strtod (clean->str, &end);
  if (end == clean->str || *end != '\0' || !isfinite (value)
      || strpbrk (clean->str, "eEnNiI") != NULL)
    {
      g_set_error (error, PS_INPUT_ERROR, PS_INPUT_ERROR_NOT_A_NUMBER,
                   _("“%s” is not a number"), text);
      return FALSE;
    }

  *out_value = value;
  return TRUE;
}

static char *
format_grouped (double value,
                int    decimals)
{
  char fmt[16];
  char buf[128];

  /* strfmon applies the locale's monetary grouping and decimal point
   * ("12 345,67" in fr_FR, "12,345.67" in en_US); '!' drops the symbol. */
  g_snprintf (fmt, sizeof fmt, "%%!.%dn", CLAMP (decimals, 0, 6));
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wformat-nonliteral"
  if (strfmon (buf, sizeof buf, fmt, value) < 0)
    return g_strdup_printf ("%.*f", decimals, value);
#pragma GCC diagnostic pop
  return g_strdup (g_strstrip (buf));
}

char *
ps_format_money (double value)
{
  g_autofree char *num = NULL;
  struct lconv *lc = localeconv ();
  gboolean negative = value < 0;
  char precedes, space;

  if (!isfinite (value))
    return g_strdup ("—");
  value = ps_round_cents (value);
  if (value == 0)
    negative = FALSE, value = 0;
  num = format_grouped (value, 2);

  precedes = negative ? lc->n_cs_precedes : lc->p_cs_precedes;
  space = negative ? lc->n_sep_by_space : lc->p_sep_by_space;
  if (precedes == CHAR_MAX) /* C locale: no convention, use the French one */
    precedes = 0, space = 1;

  if (precedes == 1)
    {
      if (negative && num[0] == '-')
        return g_strdup_printf ("-€%s%s", space ? " " : "", num + 1);
      return g_strdup_printf ("€%s%s", space ? " " : "", num);
    }
  /* U+202F narrow no-break space before the symbol, as in fr_FR */
  return g_strdup_printf ("%s%s€", num, space ? "\u202f" : "");
}

char *
ps_format_number (double value,
                  int    decimals)
{
  if (!isfinite (value))
    return g_strdup ("—");
  return format_grouped (value, decimals);
}

char *
ps_format_percent (double percent,
                   int    decimals)
{
  g_autofree char *num = NULL;
  struct lconv *lc = localeconv ();

  if (!isfinite (percent))
    return g_strdup ("—");
  num = format_grouped (percent, decimals);
  /* French typography puts a (narrow) no-break space before %. */
  if (lc->decimal_point != NULL && strcmp (lc->decimal_point, ",") == 0)
    return g_strdup_printf ("%s\u202f%%", num);
  return g_strdup_printf ("%s%%", num);
}
