/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ps-offer"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "ps-file.h"
#include "ps-money.h"
#include "ps-offer.h"
#include "ps-offer-name.h"
#include "ps-vm-city.h"

G_DEFINE_QUARK (ps-offer-error-quark, ps_offer_error)

G_DEFINE_AUTOPTR_CLEANUP_FUNC (cJSON, cJSON_Delete)

#define MAX_OFFER_SIZE (256 * 1024)

void
ps_offer_init (PsOffer    *offer,
               const char *name)
{
  memset (offer, 0, sizeof *offer);
  g_strlcpy (offer->name, name != NULL ? name : "", sizeof offer->name);
  offer->quoted_restitution = NAN;
}

void
ps_offer_profile_unset (PsEmployerProfile *profile)
{
  profile->headcount = -1;
  profile->atmp_rate = NAN;
  profile->vm_rate = NAN;
  profile->mutuelle_monthly = NAN;
  profile->mutuelle_employer_rate = NAN;
  profile->prevoyance_rate = NAN;
  profile->prevoyance_monthly = NAN;
  profile->prevoyance_employer_rate = NAN;
}

int
ps_vm_city_from_id (const char *id)
{
  if (id == NULL)
    return -1;
  if (g_str_equal (id, "none"))
    return PS_N_VM_CITIES;
  for (int k = 0; k < PS_N_VM_CITIES; k++)
    if (g_str_equal (id, ps_vm_city_id (k)))
      return k;
  return -1;
}

/* ------------------------------------------------------------ reading */

static gboolean
field_error (GError    **error,
             const char *key,
             const char *what)
{
  /* Translators: an offer's key, then what is wrong with it */
  g_set_error (error, PS_OFFER_ERROR, PS_OFFER_ERROR_FIELD, _("%s: %s"), key, what);
  return FALSE;
}

static gboolean
known_keys (cJSON              *obj,
            const char * const *allowed,
            const char         *where,
            GError            **error)
{
  cJSON *child;

  cJSON_ArrayForEach (child, obj)
    if (child->string == NULL || !g_strv_contains (allowed, child->string))
      {
        g_autofree char *key = where != NULL ? g_strdup_printf ("%s.%s", where, child->string)
                                             : g_strdup (child->string);

        return field_error (error, key, _("unknown key"));
      }
  return TRUE;
}

/* a number in [@min, @max] at @key of @obj, if there */
static gboolean
read_number (cJSON      *obj,
             const char *name,
             const char *where,
             double      min,
             double      max,
             double     *out,
             gboolean   *present,
             GError    **error)
{
  cJSON *v = cJSON_GetObjectItemCaseSensitive (obj, name);
  g_autofree char *key = where != NULL ? g_strdup_printf ("%s.%s", where, name) : g_strdup (name);

  if (present != NULL)
    *present = v != NULL;
  if (v == NULL)
    return TRUE;
  if (!cJSON_IsNumber (v) || !isfinite (v->valuedouble))
    return field_error (error, key, _("expected a number"));
  if (v->valuedouble < min || v->valuedouble > max)
    {
      g_autofree char *a = ps_format_number (min, min == floor (min) ? 0 : 2);
      g_autofree char *b = ps_format_number (max, max == floor (max) ? 0 : 2);
      g_autofree char *what = g_strdup_printf (_("%g is out of range (accepted: %s to %s)"), v->valuedouble, a, b);

      return field_error (error, key, what);
    }
  *out = v->valuedouble;
  return TRUE;
}

static gboolean
read_fee (cJSON    *fee,
          PsOffer  *o,
          GError  **error)
{
  static const char * const keys[] = {
    "model", "pct", "flat_monthly", "floor_monthly", "cap_monthly", "bands", "bands_marginal", NULL
  };
  cJSON *model = cJSON_GetObjectItemCaseSensitive (fee, "model");
  cJSON *bands = cJSON_GetObjectItemCaseSensitive (fee, "bands");
  cJSON *marginal = cJSON_GetObjectItemCaseSensitive (fee, "bands_marginal");
  double pct = 0;
  gboolean has_pct = FALSE;

  if (!cJSON_IsObject (fee))
    return field_error (error, "fee", _("expected an object"));
  if (!known_keys (fee, keys, "fee", error))
    return FALSE;
  o->has_fee = TRUE;
  if (!cJSON_IsString (model))
    return field_error (error, "fee.model", _("expected percent, percent-net, tiered or flat"));
  if (g_str_equal (model->valuestring, "percent") || g_str_equal (model->valuestring, "tiered"))
    o->fee_model = PS_FEE_PERCENT_REVENUE;
  else if (g_str_equal (model->valuestring, "percent-net"))
    o->fee_model = PS_FEE_PERCENT_NET_OF_EXPENSES;
  else if (g_str_equal (model->valuestring, "flat"))
    o->fee_model = PS_FEE_FLAT;
  else
    return field_error (error, "fee.model", _("expected percent, percent-net, tiered or flat"));

  if (!read_number (fee, "pct", "fee", 0, 100, &pct, &has_pct, error)
      || !read_number (fee, "flat_monthly", "fee", 0, 1000000, &o->fee_flat_monthly, NULL, error)
      || !read_number (fee, "floor_monthly", "fee", 0, 1000000, &o->fee_floor_monthly, NULL, error)
      || !read_number (fee, "cap_monthly", "fee", 0, 1000000, &o->fee_cap_monthly, NULL, error))
    return FALSE;
  o->fee_rate = pct / 100;
  /* a key the model doesn't use would be ignored without a word */
  if (has_pct && (o->fee_model == PS_FEE_FLAT || g_str_equal (model->valuestring, "tiered")))
    return field_error (error, "fee.pct", o->fee_model == PS_FEE_FLAT
                                          ? _("a flat fee has no percentage")
                                          : _("a tiered fee takes its percentages in its bands"));
  if (o->fee_model != PS_FEE_FLAT && cJSON_GetObjectItemCaseSensitive (fee, "flat_monthly") != NULL)
    return field_error (error, "fee.flat_monthly", _("only a flat fee has a monthly amount"));
  if (o->fee_model == PS_FEE_FLAT)
    {
      if (cJSON_GetObjectItemCaseSensitive (fee, "floor_monthly") != NULL)
        return field_error (error, "fee.floor_monthly", _("a flat fee has no floor"));
      if (cJSON_GetObjectItemCaseSensitive (fee, "cap_monthly") != NULL)
        return field_error (error, "fee.cap_monthly", _("a flat fee has no cap"));
    }
  if (o->fee_floor_monthly > 0 && o->fee_cap_monthly > 0 && o->fee_floor_monthly > o->fee_cap_monthly)
    return field_error (error, "fee.floor_monthly", _("above the cap (fee.cap_monthly)"));
  if (!g_str_equal (model->valuestring, "tiered") && marginal != NULL)
    return field_error (error, "fee.bands_marginal", _("bands are for a tiered fee"));

  if (g_str_equal (model->valuestring, "tiered"))
    {
      cJSON *band;
      double prev = 0;
      int i = 0;

      if (!cJSON_IsArray (bands) || cJSON_GetArraySize (bands) < 1 || cJSON_GetArraySize (bands) > PS_MAX_FEE_BANDS)
        return field_error (error, "fee.bands", _("a tiered fee needs 1 to 8 bands {\"upto\": …, \"pct\": …}"));
      cJSON_ArrayForEach (band, bands)
        {
          static const char * const band_keys[] = { "upto", "pct", NULL };
          cJSON *upto = cJSON_GetObjectItemCaseSensitive (band, "upto");
          gboolean last = i == cJSON_GetArraySize (bands) - 1;
          double rate = 0;
          gboolean has_rate;

          g_autofree char *where = g_strdup_printf ("fee.bands[%d]", i);
          g_autofree char *where_pct = g_strdup_printf ("fee.bands[%d].pct", i);
          g_autofree char *where_upto = g_strdup_printf ("fee.bands[%d].upto", i);

          if (!cJSON_IsObject (band) || !known_keys (band, band_keys, where, error))
            return error != NULL && *error != NULL ? FALSE : field_error (error, where, _("expected an object"));
          if (!read_number (band, "pct", where, 0, 100, &rate, &has_rate, error))
            return FALSE;
          if (!has_rate)
            return field_error (error, where_pct, _("missing"));
          if (last && (upto == NULL || cJSON_IsNull (upto)))
            o->bands.upto[i] = G_MAXDOUBLE;
          else if (last)
            /* the last band has no upper bound: a finite one would be
             * ignored */
            return field_error (error, where_upto, _("the last band has no upper bound: leave it out or null"));
          else if (upto == NULL || cJSON_IsNull (upto))
            return field_error (error, where_upto, _("missing: only the last band may have no upper bound"));
          else if (!cJSON_IsNumber (upto) || upto->valuedouble > 1e7)
            return field_error (error, where_upto, _("expected an amount in euros a month, at most 10 million"));
          else if (!(upto->valuedouble > prev))
            return field_error (error, where_upto, _("must be above the previous band’s upper bound"));
          else
            o->bands.upto[i] = prev = upto->valuedouble;
          o->bands.rate[i] = rate / 100;
          i++;
        }
      o->bands.n_bands = i;
      o->bands.marginal = marginal == NULL || cJSON_IsTrue (marginal);
      if (marginal != NULL && !cJSON_IsBool (marginal))
        return field_error (error, "fee.bands_marginal", _("expected true or false"));
    }
  else if (bands != NULL)
    return field_error (error, "fee.bands", _("bands are for a tiered fee"));
  else if (o->fee_model != PS_FEE_FLAT && !has_pct)
    return field_error (error, "fee.pct", _("missing"));
  if (o->fee_model == PS_FEE_FLAT && cJSON_GetObjectItemCaseSensitive (fee, "flat_monthly") == NULL)
    return field_error (error, "fee.flat_monthly", _("missing"));
  return TRUE;
}

gboolean
ps_offer_from_json (PsOffer    *offer,
                    const char *text,
                    gsize       length,
                    GError    **error)
{
  g_autoptr (cJSON) root = NULL;
  g_autofree char *problem = NULL;

  root = ps_json_parse_strict (text, length, &problem);
  if (root == NULL)
    {
      g_set_error_literal (error, PS_OFFER_ERROR, PS_OFFER_ERROR_PARSE, problem);
      return FALSE;
    }
  if (!cJSON_IsObject (root))
    {
      g_set_error_literal (error, PS_OFFER_ERROR, PS_OFFER_ERROR_PARSE, _("Not an offer: the file does not hold a JSON object"));
      return FALSE;
    }
  return ps_offer_from_object (offer, root, error);
}

gboolean
ps_offer_from_object (PsOffer     *offer,
                      const cJSON *object,
                      GError     **error)
{
  static const char * const keys[] = {
    "format", "name", "name_en", "fee", "extras_monthly", "advance", "employer", "contract", "reserve",
    "quoted_restitution_pct", NULL
  };
  cJSON *root = (cJSON *) object;
  PsOffer o = *offer;
  cJSON *format, *name, *name_en, *item;

  if (!cJSON_IsObject (root))
    return field_error (error, "offer", _("expected an object"));
  format = cJSON_GetObjectItemCaseSensitive (root, "format");
  if (!cJSON_IsNumber (format) || format->valuedouble != PS_OFFER_FORMAT)
    return field_error (error, "format", _("expected 1 (the offer format this version reads)"));
  if (!known_keys (root, keys, NULL, error))
    return FALSE;

  name = cJSON_GetObjectItemCaseSensitive (root, "name");
  if (name != NULL && (!cJSON_IsString (name) || name->valuestring[0] == '\0'))
    return field_error (error, "name", _("expected a text"));
  name_en = cJSON_GetObjectItemCaseSensitive (root, "name_en");
  if (name_en != NULL && (!cJSON_IsString (name_en) || name_en->valuestring[0] == '\0'))
    return field_error (error, "name_en", _("expected a text"));

  if ((item = cJSON_GetObjectItemCaseSensitive (root, "fee")) != NULL && !read_fee (item, &o, error))
    return FALSE;
  if (!read_number (root, "extras_monthly", NULL, 0, 100000, &o.extras_monthly, NULL, error))
    return FALSE;

  if ((item = cJSON_GetObjectItemCaseSensitive (root, "advance")) != NULL)
    {
      static const char * const advance_keys[] = { "share_pct", "cost_pct_per_month", "payment_delay_days", NULL };
      double share = 100, cost = 0;

      if (!cJSON_IsObject (item))
        return field_error (error, "advance", _("expected an object"));
      if (!known_keys (item, advance_keys, "advance", error)
          || !read_number (item, "share_pct", "advance", 0, 100, &share, NULL, error)
          || !read_number (item, "cost_pct_per_month", "advance", 0, 10, &cost, NULL, error)
          || !read_number (item, "payment_delay_days", "advance", 0, 120, &o.payment_delay_days, NULL, error))
        return FALSE;
      o.advance_share = share / 100;
      o.advance_cost_rate = cost / 100;
    }

  if ((item = cJSON_GetObjectItemCaseSensitive (root, "employer")) != NULL)
    {
      static const char * const employer_keys[] = {
        "headcount", "atmp_pct", "vm_pct", "vm_city", "mutuelle_monthly", "mutuelle_employer_pct",
        "prevoyance_pct", "prevoyance_monthly", "prevoyance_employer_pct", NULL
      };
      double headcount = 0, atmp = 0, vm = 0, mutuelle = 0, share = 0;
      double prev_pct = 0, prev_monthly = 0, prev_share = 0;
      gboolean h, a, v, m, sh, pp, pm, ps;
      cJSON *city = cJSON_GetObjectItemCaseSensitive (item, "vm_city");

      if (!cJSON_IsObject (item))
        return field_error (error, "employer", _("expected an object"));
      if (!known_keys (item, employer_keys, "employer", error)
          || !read_number (item, "headcount", "employer", 1, 1000000, &headcount, &h, error)
          || !read_number (item, "atmp_pct", "employer", 0, 30, &atmp, &a, error)
          || !read_number (item, "vm_pct", "employer", 0, 5, &vm, &v, error)
          || !read_number (item, "mutuelle_monthly", "employer", 0, 1000, &mutuelle, &m, error)
          || !read_number (item, "mutuelle_employer_pct", "employer", 0, 100, &share, &sh, error)
          || !read_number (item, "prevoyance_pct", "employer", 0, 20, &prev_pct, &pp, error)
          || !read_number (item, "prevoyance_monthly", "employer", 0, 2000, &prev_monthly, &pm, error)
          || !read_number (item, "prevoyance_employer_pct", "employer", 0, 100, &prev_share, &ps, error))
        return FALSE;
      if (h && headcount != floor (headcount))
        return field_error (error, "employer.headcount", _("a whole number is expected"));
      o.vm_city = 0;
      if (city != NULL)
        {
          int k = cJSON_IsString (city) ? ps_vm_city_from_id (city->valuestring) : -1;

          if (v)
            return field_error (error, "employer.vm_city", _("give either vm_city or vm_pct, not both"));
          if (k < 0)
            {
              ps_vm_city_set_error (error, PS_OFFER_ERROR, PS_OFFER_ERROR_FIELD, "employer.vm_city",
                                    cJSON_IsString (city) ? city->valuestring : NULL);
              return FALSE;
            }
          if (k == PS_N_VM_CITIES)
            {
              /* no versement mobilité */
              v = TRUE;
              vm = 0;
            }
          else
            o.vm_city = k + 1;
        }
      if (ps && !(pp || pm))
        return field_error (error, "employer.prevoyance_employer_pct", _("give the premium too (prevoyance_pct or prevoyance_monthly)"));
      /* the profile's fields not given keep the scenario's: NAN marks them */
      o.has_profile = TRUE;
      ps_offer_profile_unset (&o.profile);
      if (h)
        o.profile.headcount = (int) headcount;
      if (a)
        o.profile.atmp_rate = atmp / 100;
      if (v)
        o.profile.vm_rate = vm / 100;
      if (m)
        o.profile.mutuelle_monthly = mutuelle;
      if (sh)
        o.profile.mutuelle_employer_rate = share / 100;
      if (pp)
        o.profile.prevoyance_rate = prev_pct / 100;
      if (pm)
        o.profile.prevoyance_monthly = prev_monthly;
      if (ps)
        o.profile.prevoyance_employer_rate = prev_share / 100;
    }

  if ((item = cJSON_GetObjectItemCaseSensitive (root, "contract")) != NULL)
    {
      if (!cJSON_IsString (item) || !(g_str_equal (item->valuestring, "cdi") || g_str_equal (item->valuestring, "cdd")))
        return field_error (error, "contract", _("expected cdi or cdd"));
      o.has_contract = TRUE;
      o.cdd = g_str_equal (item->valuestring, "cdd");
    }
  if ((item = cJSON_GetObjectItemCaseSensitive (root, "reserve")) != NULL)
    {
      if (!cJSON_IsBool (item))
        return field_error (error, "reserve", _("expected true or false"));
      o.has_reserve = TRUE;
      o.reserve = cJSON_IsTrue (item);
    }
  {
    double pct = NAN;
    gboolean present;

    if (!read_number (root, "quoted_restitution_pct", NULL, 1, 100, &pct, &present, error))
      return FALSE;
    o.quoted_restitution = present ? pct / 100 : NAN;
  }
  /* the name last: it may show the offer's numbers (ps-offer-name) */
  if (!ps_offer_name_set (&o, name != NULL ? name->valuestring : NULL,
                          name_en != NULL ? name_en->valuestring : NULL, error))
    return FALSE;

  *offer = o;
  return TRUE;
}

gboolean
ps_offer_load (PsOffer    *offer,
               const char *path,
               GError    **error)
{
  g_autofree char *text = NULL;
  g_autofree char *name = g_filename_display_basename (path);
  g_autoptr (GError) local_error = NULL;
  gsize length;

  if (!ps_file_read (path, MAX_OFFER_SIZE, &text, &length, error))
    return FALSE;
  if (offer->name[0] == '\0')
    {
      /* the file's name, until the file names itself */
      char *dot;

      g_strlcpy (offer->name, name, sizeof offer->name);
      if ((dot = strrchr (offer->name, '.')) != NULL && dot != offer->name)
        *dot = '\0';
    }
  if (!ps_offer_from_json (offer, text, length, &local_error))
    {
      /* Translators: a file name, then what is wrong in it */
      g_set_error (error, local_error->domain, local_error->code, _("%s: %s"), name, local_error->message);
      return FALSE;
    }
  return TRUE;
}

/* ------------------------------------------------------------ writing */

static void
add_number (cJSON      *obj,
            const char *key,
            double      value)
{
  /* 6 decimals: 0.64 % stays 0.64, not 0.64000000000000001 */
  cJSON_AddNumberToObject (obj, key, ps_round_to (value, 6) + 0.0);
}

cJSON *
ps_offer_to_object (const PsOffer *o)
{
  cJSON *root = cJSON_CreateObject ();

  cJSON_AddNumberToObject (root, "format", PS_OFFER_FORMAT);
  if (o->name[0] != '\0')
    cJSON_AddStringToObject (root, "name", o->name);
  if (o->has_fee)
    {
      cJSON *fee = cJSON_AddObjectToObject (root, "fee");
      const char *model = o->bands.n_bands > 0 ? "tiered"
                        : o->fee_model == PS_FEE_FLAT ? "flat"
                        : o->fee_model == PS_FEE_PERCENT_NET_OF_EXPENSES ? "percent-net" : "percent";

      cJSON_AddStringToObject (fee, "model", model);
      if (o->bands.n_bands > 0)
        {
          cJSON *bands = cJSON_AddArrayToObject (fee, "bands");

          cJSON_AddBoolToObject (fee, "bands_marginal", o->bands.marginal);
          for (int i = 0; i < o->bands.n_bands; i++)
            {
              cJSON *band = cJSON_CreateObject ();

              if (o->bands.upto[i] >= G_MAXDOUBLE)
                cJSON_AddNullToObject (band, "upto");
              else
                add_number (band, "upto", o->bands.upto[i]);
              add_number (band, "pct", o->bands.rate[i] * 100);
              cJSON_AddItemToArray (bands, band);
            }
        }
      else if (o->fee_model != PS_FEE_FLAT)
        add_number (fee, "pct", o->fee_rate * 100);
      if (o->fee_model == PS_FEE_FLAT)
        add_number (fee, "flat_monthly", o->fee_flat_monthly);
      if (o->fee_floor_monthly > 0)
        add_number (fee, "floor_monthly", o->fee_floor_monthly);
      if (o->fee_cap_monthly > 0)
        add_number (fee, "cap_monthly", o->fee_cap_monthly);
    }
  if (o->extras_monthly > 0)
    add_number (root, "extras_monthly", o->extras_monthly);
  if (o->advance_share > 0 || o->advance_cost_rate > 0 || o->payment_delay_days > 0)
    {
      cJSON *advance = cJSON_AddObjectToObject (root, "advance");

      add_number (advance, "share_pct", o->advance_share * 100);
      add_number (advance, "cost_pct_per_month", o->advance_cost_rate * 100);
      add_number (advance, "payment_delay_days", o->payment_delay_days);
    }
  if (o->has_profile)
    {
      cJSON *employer = cJSON_AddObjectToObject (root, "employer");

      if (o->profile.headcount > 0)
        cJSON_AddNumberToObject (employer, "headcount", o->profile.headcount);
      if (!isnan (o->profile.atmp_rate))
        add_number (employer, "atmp_pct", o->profile.atmp_rate * 100);
      if (o->vm_city > 0 && o->vm_city <= PS_N_VM_CITIES)
        cJSON_AddStringToObject (employer, "vm_city", ps_vm_city_id (o->vm_city - 1));
      else if (!isnan (o->profile.vm_rate))
        add_number (employer, "vm_pct", o->profile.vm_rate * 100);
      if (!isnan (o->profile.mutuelle_monthly))
        add_number (employer, "mutuelle_monthly", o->profile.mutuelle_monthly);
      if (!isnan (o->profile.mutuelle_employer_rate))
        add_number (employer, "mutuelle_employer_pct", o->profile.mutuelle_employer_rate * 100);
      if (!isnan (o->profile.prevoyance_rate))
        add_number (employer, "prevoyance_pct", o->profile.prevoyance_rate * 100);
      if (!isnan (o->profile.prevoyance_monthly))
        add_number (employer, "prevoyance_monthly", o->profile.prevoyance_monthly);
      if ((!isnan (o->profile.prevoyance_rate) || !isnan (o->profile.prevoyance_monthly))
          && !isnan (o->profile.prevoyance_employer_rate))
        add_number (employer, "prevoyance_employer_pct", o->profile.prevoyance_employer_rate * 100);
    }
  if (o->has_contract)
    cJSON_AddStringToObject (root, "contract", o->cdd ? "cdd" : "cdi");
  if (o->has_reserve)
    cJSON_AddBoolToObject (root, "reserve", o->reserve);
  if (!isnan (o->quoted_restitution))
    add_number (root, "quoted_restitution_pct", o->quoted_restitution * 100);
  return root;
}

char *
ps_offer_to_json (const PsOffer *offer)
{
  g_autoptr (cJSON) root = ps_offer_to_object (offer);
  g_autofree char *text = cJSON_Print (root);

  return g_strconcat (text, "\n", NULL);
}

/* ------------------------------------------------------------ computing */

PsOfferVmSource
ps_offer_vm_source (const PsParams *params,
                    const PsOffer  *o,
                    double         *rate)
{
  PsOfferVmSource source = PS_OFFER_VM_SCENARIO;
  double r = NAN;

  /* the city first: its rate is the year's, whatever rate is given */
  if (o->has_profile && o->vm_city > 0 && o->vm_city <= PS_N_VM_CITIES)
    source = PS_OFFER_VM_CITY, r = params->vm_city_rate[o->vm_city - 1];
  else if (o->has_profile && !isnan (o->profile.vm_rate))
    source = PS_OFFER_VM_RATE, r = o->profile.vm_rate;
  if (rate != NULL)
    *rate = r;
  return source;
}

void
ps_offer_profile (const PsParams    *params,
                  const PsScenario  *scenario,
                  const PsOffer     *o,
                  PsEmployerProfile *out)
{
  *out = scenario->profile;
  if (!o->has_profile)
    return;
  if (o->profile.headcount > 0)
    out->headcount = o->profile.headcount;
  if (!isnan (o->profile.atmp_rate))
    out->atmp_rate = o->profile.atmp_rate;
  {
    double vm;

    if (ps_offer_vm_source (params, o, &vm) != PS_OFFER_VM_SCENARIO)
      out->vm_rate = vm;
  }
  if (!isnan (o->profile.mutuelle_monthly))
    out->mutuelle_monthly = o->profile.mutuelle_monthly;
  if (!isnan (o->profile.mutuelle_employer_rate))
    out->mutuelle_employer_rate = o->profile.mutuelle_employer_rate;
  /* the firm's prévoyance contract: its premium, the share it pays (all
   * of it unless said) */
  if (!isnan (o->profile.prevoyance_rate) || !isnan (o->profile.prevoyance_monthly))
    {
      out->prevoyance_rate = isnan (o->profile.prevoyance_rate) ? 0 : o->profile.prevoyance_rate;
      out->prevoyance_monthly = isnan (o->profile.prevoyance_monthly) ? 0 : o->profile.prevoyance_monthly;
      out->prevoyance_employer_rate = isnan (o->profile.prevoyance_employer_rate) ? 1 : o->profile.prevoyance_employer_rate;
    }
}

void
ps_offer_compute (const PsParams   *params,
                  const PsScenario *scenario,
                  const PsOffer    *o,
                  PsOfferResult    *out)
{
  PsScenario s = *scenario;
  PsPortageInputs *in = &out->inputs;
  double revenue;

  memset (out, 0, sizeof *out);
  if (o->has_contract)
    s.portage_cdd = o->cdd;
  if (o->has_reserve)
    s.reserve = o->reserve;
  ps_offer_profile (params, scenario, o, &s.profile);
  ps_portage_inputs_from_scenario (&s, params, in);
  if (o->has_fee)
    {
      in->fee_model = o->fee_model;
      in->fee_rate = o->fee_rate;
      in->fee_flat_monthly = o->fee_flat_monthly;
      in->fee_floor_monthly = o->fee_floor_monthly;
      in->fee_cap_monthly = o->fee_cap_monthly;
      in->bands = o->bands.n_bands > 0 ? &o->bands : NULL;
    }
  in->extras_monthly = o->extras_monthly;
  revenue = in->tjm * in->days_per_month;
  /* a salary advanced before the client pays costs a rate a month of the
   * payment delay on the share advanced (of the revenue awaited) */
  in->advance_cost_monthly = revenue * o->advance_share * o->advance_cost_rate * (o->payment_delay_days / 30.0);

  ps_portage_compute (params, in, &out->portage);
  ps_portage_status (&s, &out->portage, &out->status);
  out->fee_yearly = ps_portage_fee (in, revenue) * 12;
  out->extras_yearly = (in->extras_monthly + in->advance_cost_monthly) * 12;
  /* the month's net without the réserve, as firms quote their rate (the
   * labels say so; the nets above count the réserve) */
  out->restitution = revenue > 0 ? out->portage.net_before_tax / revenue : 0;
}

void
ps_offers_compare (const PsParams   *params,
                   const PsScenario *scenario,
                   const PsOffer    *offers,
                   int               n,
                   PsOfferResult    *out)
{
  int best = -1;

  for (int i = 0; i < n; i++)
    {
      ps_offer_compute (params, scenario, &offers[i], &out[i]);
      if (out[i].status.eligible && out[i].status.net_after_tax_yearly > 0
          && (best < 0 || out[i].status.net_after_tax_yearly > out[best].status.net_after_tax_yearly))
        best = i;
    }
  for (int i = 0; i < n; i++)
    {
      out[i].best = i == best;
      out[i].vs_best_yearly = best >= 0 ? out[i].status.net_after_tax_yearly - out[best].status.net_after_tax_yearly : 0;
    }
}

void
ps_comparison_apply_offer (const PsParams *params,
                           const PsOffer  *offer,
                           PsComparison   *cmp)
{
  g_autofree PsOfferResult *r = g_new0 (PsOfferResult, 1);

  ps_offer_compute (params, &cmp->scenario, offer, r);
  cmp->portage_bands = offer->bands;
  cmp->portage_inputs = r->inputs;
  cmp->portage_inputs.bands = r->inputs.bands != NULL ? &cmp->portage_bands : NULL;
  cmp->portage = r->portage;
  cmp->statuses[PS_STATUS_PORTAGE] = r->status;
  ps_comparison_portage_changed (params, cmp);
}
