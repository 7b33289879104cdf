/* SPDX-License-Identifier: GPL-3.0-or-later */
/* An offer's name in the user's language, its numbers from the offer. */
#define G_LOG_DOMAIN "ps-offer"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "ps-line-label.h"
#include "ps-money.h"
#include "ps-offer-name.h"

/* as few decimals as the number has, at most 2: 7, 1.5, 0.64 */
static int
decimals (double value)
{
  double v = ps_round_to (fabs (value), 2);

  if (fabs (v - round (v)) < 1e-9)
    return 0;
  if (fabs (v * 10 - round (v * 10)) < 1e-9)
    return 1;
  return 2;
}

static char *
percent (double pct)
{
  return ps_format_percent (pct, decimals (pct));
}

/* the value of @key for @o, written for the user; NULL: the offer has none */
static char *
value_of (const PsOffer *o,
          const char    *key)
{
  gboolean tiered = o->has_fee && o->bands.n_bands > 0;

  if (g_str_equal (key, "fee.pct"))
    return o->has_fee && !tiered && o->fee_model != PS_FEE_FLAT ? percent (o->fee_rate * 100) : NULL;
  if (g_str_equal (key, "fee.bands"))
    {
      GString *text;

      if (!tiered)
        return NULL;
      /* "10 / 9 / 7 %": the sign once, after the last rate */
      text = g_string_new (NULL);
      for (int i = 0; i < o->bands.n_bands; i++)
        {
          double pct = o->bands.rate[i] * 100;
          g_autofree char *one = i < o->bands.n_bands - 1 ? ps_format_number (pct, decimals (pct)) : percent (pct);

          g_string_append_printf (text, "%s%s", i > 0 ? " / " : "", one);
        }
      return g_string_free (text, FALSE);
    }
  if (g_str_equal (key, "fee.flat_monthly"))
    return o->has_fee && o->fee_model == PS_FEE_FLAT ? ps_format_money_prose (o->fee_flat_monthly) : NULL;
  if (g_str_equal (key, "fee.floor_monthly"))
    return o->fee_floor_monthly > 0 ? ps_format_money_prose (o->fee_floor_monthly) : NULL;
  if (g_str_equal (key, "fee.cap_monthly"))
    return o->fee_cap_monthly > 0 ? ps_format_money_prose (o->fee_cap_monthly) : NULL;
  if (g_str_equal (key, "extras_monthly"))
    return o->extras_monthly > 0 ? ps_format_money_prose (o->extras_monthly) : NULL;
  if (g_str_equal (key, "advance.share_pct"))
    return o->advance_share > 0 ? percent (o->advance_share * 100) : NULL;
  if (g_str_equal (key, "advance.cost_pct_per_month"))
    return o->advance_cost_rate > 0 ? percent (o->advance_cost_rate * 100) : NULL;
  if (g_str_equal (key, "advance.payment_delay_days"))
    return o->payment_delay_days > 0 ? ps_format_number (o->payment_delay_days, 0) : NULL;
  return NULL;
}

static gboolean
is_key (const char *key)
{
  static const char * const keys[] = {
    "fee.pct", "fee.bands", "fee.flat_monthly", "fee.floor_monthly", "fee.cap_monthly",
    "extras_monthly", "advance.share_pct", "advance.cost_pct_per_month",
    "advance.payment_delay_days", NULL
  };

  return g_strv_contains (keys, key);
}

char *
ps_offer_name_expand (const PsOffer *offer,
                      const char    *key,
                      const char    *name,
                      GError       **error)
{
  g_autoptr (GString) out = g_string_new (NULL);
  const char *p = name;

  g_return_val_if_fail (offer != NULL && name != NULL, NULL);

  while (*p != '\0')
    {
      const char *open = strchr (p, '{');
      const char *close = open != NULL ? strchr (open, '}') : NULL;
      g_autofree char *inner = NULL;
      g_autofree char *value = NULL;

      if (open == NULL || close == NULL)
        {
          g_string_append (out, p);
          break;
        }
      g_string_append_len (out, p, open - p);
      inner = g_strndup (open + 1, close - open - 1);
      if (!is_key (inner))
        {
          /* not one of the offer's keys: the text as it is */
          g_string_append_c (out, '{');
          p = open + 1;
          continue;
        }
      value = value_of (offer, inner);
      if (value == NULL)
        {
          /* Translators: an offer's key ("name"), then a key of the offer
           * in braces that its name shows ("{fee.pct}") */
          g_set_error (error, PS_OFFER_ERROR, PS_OFFER_ERROR_FIELD,
                       _("%s: {%s} names a value this offer doesn’t have"), key, inner);
          return NULL;
        }
      g_string_append (out, value);
      p = close + 1;
    }
  return g_string_free (g_steal_pointer (&out), FALSE);
}

gboolean
ps_offer_name_set (PsOffer    *offer,
                   const char *name,
                   const char *name_en,
                   GError    **error)
{
  g_autofree char *fr = NULL, *en = NULL;

  g_return_val_if_fail (offer != NULL, FALSE);

  if (name == NULL && name_en != NULL)
    {
      g_set_error (error, PS_OFFER_ERROR, PS_OFFER_ERROR_FIELD, "%s",
                   /* Translators: keys of an offer file; keep them as they are */
                   _("name_en: give name too (the French name; name_en is its English twin)"));
      return FALSE;
    }
  if (name == NULL)
    return TRUE;
  fr = ps_offer_name_expand (offer, "name", name, error);
  if (fr == NULL)
    return FALSE;
  if (name_en != NULL && (en = ps_offer_name_expand (offer, "name_en", name_en, error)) == NULL)
    return FALSE;
  g_strlcpy (offer->name, en != NULL && !ps_line_labels_french () ? en : fr, sizeof offer->name);
  {
    /* cut on a character, not inside one */
    const char *end;

    if (!g_utf8_validate (offer->name, -1, &end))
      offer->name[end - offer->name] = '\0';
  }
  return TRUE;
}
