/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ps-offer"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <math.h>
#include <string.h>

#include "ps-file.h"
#include "ps-inputs.h"
#include "ps-money.h"
#include "ps-offer-edit.h"
#include "ps-vm-city.h"

G_DEFINE_AUTOPTR_CLEANUP_FUNC (cJSON, cJSON_Delete)

/* the ranges of the offer format (ps-offer.c reads the same) */
static const struct
{
  const char *key;
  const char *label;
  double      min;
  double      max;
} fields[PS_N_OFFER_FIELDS] = {
  [PS_OFFER_FIELD_NAME] = { "name", N_("Name"), 0, 0 },
  /* xgettext:no-c-format */
  [PS_OFFER_FIELD_FEE_PCT] = { "fee.pct", N_("Fee (% of the revenue)"), 0, 100 },
  [PS_OFFER_FIELD_FEE_FLAT_MONTHLY] = { "fee.flat_monthly", N_("Flat fee (€ a month)"), 0, 1000000 },
  [PS_OFFER_FIELD_FEE_FLOOR_MONTHLY] = { "fee.floor_monthly", N_("Minimum fee (€ a month)"), 0, 1000000 },
  [PS_OFFER_FIELD_FEE_CAP_MONTHLY] = { "fee.cap_monthly", N_("Maximum fee (€ a month)"), 0, 1000000 },
  /* xgettext:no-c-format */
  [PS_OFFER_FIELD_BAND_RATES] = { "fee.bands.pct", N_("Rates of the bands (%)"), 0, 100 },
  [PS_OFFER_FIELD_BAND_LIMITS] = { "fee.bands.upto", N_("Upper limits of the bands (€ a month)"), 0, 1e7 },
  [PS_OFFER_FIELD_EXTRAS_MONTHLY] = { "extras_monthly", N_("Other charges (€ a month)"), 0, 100000 },
  /* xgettext:no-c-format */
  [PS_OFFER_FIELD_ADVANCE_SHARE_PCT] = { "advance.share_pct", N_("Salary advanced (%)"), 0, 100 },
  /* xgettext:no-c-format */
  [PS_OFFER_FIELD_ADVANCE_COST_PCT] = { "advance.cost_pct_per_month", N_("Cost of the advance (% a month)"), 0, 10 },
  [PS_OFFER_FIELD_PAYMENT_DELAY_DAYS] = { "advance.payment_delay_days", N_("Client’s payment delay (days)"), 0, 120 },
  [PS_OFFER_FIELD_HEADCOUNT] = { "employer.headcount", N_("Firm’s headcount"), 1, 1000000 },
  /* xgettext:no-c-format */
  [PS_OFFER_FIELD_ATMP_PCT] = { "employer.atmp_pct", N_("AT/MP rate (%)"), 0, 30 },
  /* xgettext:no-c-format */
  [PS_OFFER_FIELD_VM_PCT] = { "employer.vm_pct", N_("Firm’s versement mobilité (%)"), 0, 5 },
  [PS_OFFER_FIELD_VM_CITY] = { "employer.vm_city", N_("Firm’s city"), 0, 0 },
  [PS_OFFER_FIELD_MUTUELLE_MONTHLY] = { "employer.mutuelle_monthly", N_("Mutuelle (€ a month)"), 0, 1000 },
  /* xgettext:no-c-format */
  [PS_OFFER_FIELD_MUTUELLE_EMPLOYER_PCT] = { "employer.mutuelle_employer_pct", N_("Mutuelle paid by the firm (%)"), 0, 100 },
  /* xgettext:no-c-format */
  [PS_OFFER_FIELD_PREVOYANCE_PCT] = { "employer.prevoyance_pct", N_("Prévoyance (% of the gross)"), 0, 20 },
  [PS_OFFER_FIELD_PREVOYANCE_MONTHLY] = { "employer.prevoyance_monthly", N_("Prévoyance (€ a month)"), 0, 2000 },
  /* xgettext:no-c-format */
  [PS_OFFER_FIELD_PREVOYANCE_EMPLOYER_PCT] = { "employer.prevoyance_employer_pct", N_("Prévoyance paid by the firm (%)"), 0, 100 },
  /* xgettext:no-c-format */
  [PS_OFFER_FIELD_QUOTED_RESTITUTION_PCT] = { "quoted_restitution_pct", N_("Restitution rate quoted (%)"), 1, 100 },
};

static const char *aspects[PS_N_OFFER_ASPECTS] = {
  [PS_OFFER_ASPECT_FEE] = N_("Fee"),
  [PS_OFFER_ASPECT_EXTRAS] = N_("Other charges"),
  [PS_OFFER_ASPECT_ADVANCE] = N_("Salary advance"),
  [PS_OFFER_ASPECT_CONTRACT] = N_("Contract"),
  [PS_OFFER_ASPECT_MUTUELLE] = N_("Mutuelle"),
  [PS_OFFER_ASPECT_PREVOYANCE] = N_("Prévoyance"),
  [PS_OFFER_ASPECT_VM] = N_("Versement mobilité"),
  [PS_OFFER_ASPECT_ATMP] = N_("AT/MP rate"),
  [PS_OFFER_ASPECT_HEADCOUNT] = N_("Firm’s headcount"),
};

const char *
ps_offer_field_label (PsOfferField field)
{
  g_return_val_if_fail (field < PS_N_OFFER_FIELDS, NULL);
  return fields[field].label;
}

const char *
ps_offer_field_key (PsOfferField field)
{
  g_return_val_if_fail (field < PS_N_OFFER_FIELDS, NULL);
  return fields[field].key;
}

const char *
ps_offer_aspect_label (PsOfferAspect aspect)
{
  g_return_val_if_fail (aspect < PS_N_OFFER_ASPECTS, NULL);
  return aspects[aspect];
}

/* ------------------------------------------------------------ fields */

/* a number as typed back: no trailing zeros, no thousands separator */
static char *
number_text (double value)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  return g_strdup (g_ascii_formatd (buf, sizeof buf, "%.10g", value));
}

static char *
bands_text (const PsOffer *o,
            gboolean       limits)
{
  GString *s = g_string_new (NULL);
  int n = limits ? o->bands.n_bands - 1 : o->bands.n_bands;

  for (int i = 0; i < n; i++)
    {
      g_autofree char *v = number_text (limits ? o->bands.upto[i] : o->bands.rate[i] * 100);

      g_string_append_printf (s, "%s%s", i > 0 ? " / " : "", v);
    }
  return g_string_free (s, FALSE);
}

char *
ps_offer_get_field_text (const PsOffer *o,
                         PsOfferField   field)
{
  double v;

  switch (field)
    {
    case PS_OFFER_FIELD_NAME: return g_strdup (o->name);
    case PS_OFFER_FIELD_FEE_PCT: v = o->fee_rate * 100; break;
    case PS_OFFER_FIELD_FEE_FLAT_MONTHLY: v = o->fee_flat_monthly; break;
    case PS_OFFER_FIELD_FEE_FLOOR_MONTHLY: v = o->fee_floor_monthly; break;
    case PS_OFFER_FIELD_FEE_CAP_MONTHLY: v = o->fee_cap_monthly; break;
    case PS_OFFER_FIELD_BAND_RATES: return bands_text (o, FALSE);
    case PS_OFFER_FIELD_BAND_LIMITS: return bands_text (o, TRUE);
    case PS_OFFER_FIELD_EXTRAS_MONTHLY: v = o->extras_monthly; break;
    case PS_OFFER_FIELD_ADVANCE_SHARE_PCT: v = o->advance_share * 100; break;
    case PS_OFFER_FIELD_ADVANCE_COST_PCT: v = o->advance_cost_rate * 100; break;
    case PS_OFFER_FIELD_PAYMENT_DELAY_DAYS: v = o->payment_delay_days; break;
    case PS_OFFER_FIELD_HEADCOUNT: v = o->has_profile && o->profile.headcount > 0 ? o->profile.headcount : NAN; break;
    case PS_OFFER_FIELD_ATMP_PCT: v = o->has_profile ? o->profile.atmp_rate * 100 : NAN; break;
    case PS_OFFER_FIELD_VM_PCT: v = o->has_profile && o->vm_city == 0 ? o->profile.vm_rate * 100 : NAN; break;
    case PS_OFFER_FIELD_VM_CITY:
      return g_strdup (o->has_profile && o->vm_city > 0 && o->vm_city <= PS_N_VM_CITIES ? ps_vm_city_id (o->vm_city - 1) : "");
    case PS_OFFER_FIELD_PREVOYANCE_PCT: v = o->has_profile ? o->profile.prevoyance_rate * 100 : NAN; break;
    case PS_OFFER_FIELD_PREVOYANCE_MONTHLY: v = o->has_profile ? o->profile.prevoyance_monthly : NAN; break;
    case PS_OFFER_FIELD_PREVOYANCE_EMPLOYER_PCT: v = o->has_profile ? o->profile.prevoyance_employer_rate * 100 : NAN; break;
    case PS_OFFER_FIELD_MUTUELLE_MONTHLY: v = o->has_profile ? o->profile.mutuelle_monthly : NAN; break;
    case PS_OFFER_FIELD_MUTUELLE_EMPLOYER_PCT: v = o->has_profile ? o->profile.mutuelle_employer_rate * 100 : NAN; break;
    case PS_OFFER_FIELD_QUOTED_RESTITUTION_PCT: v = o->quoted_restitution * 100; break;
    case PS_N_OFFER_FIELDS:
    default:
      g_return_val_if_reached (NULL);
    }
  return isnan (v) ? g_strdup ("") : number_text (v);
}

/* "10 / 9 / 7" → values, each in the field's range */
static gboolean
parse_list (PsOfferField field,
            const char  *text,
            double      *values,
            int         *n,
            GError     **error)
{
  g_auto (GStrv) parts = g_regex_split_simple ("[/;]", text, 0, 0);
  const char *shown = _(fields[field].label);

  *n = 0;
  for (int i = 0; parts[i] != NULL; i++)
    {
      if (*n == PS_MAX_FEE_BANDS)
        {
          /* Translators: a field's name, then the most bands a fee may have */
          g_set_error (error, PS_OFFER_ERROR, PS_OFFER_ERROR_FIELD, _("%s: %d bands at most"), shown, PS_MAX_FEE_BANDS);
          return FALSE;
        }
      if (!ps_input_parse_number (shown, parts[i], fields[field].min, fields[field].max, &values[*n], error))
        return FALSE;
      (*n)++;
    }
  return TRUE;
}

/* the profile's fields, the scenario's (NAN, -1) until one is given */
static void
ensure_profile (PsOffer *o)
{
  if (o->has_profile)
    return;
  o->has_profile = TRUE;
  ps_offer_profile_unset (&o->profile);
}

static gboolean
set_bands (PsOffer     *o,
           PsOfferField field,
           const char  *text,
           GError     **error)
{
  double values[PS_MAX_FEE_BANDS];
  int n;

  if (!parse_list (field, text, values, &n, error))
    return FALSE;
  if (field == PS_OFFER_FIELD_BAND_RATES)
    {
      if (n == 0)
        {
          /* Translators: a field's name, then what is wrong with it */
          g_set_error (error, PS_OFFER_ERROR, PS_OFFER_ERROR_FIELD, _("%s: %s"), _(fields[field].label),
                       _("give at least one rate"));
          return FALSE;
        }
      for (int i = 0; i < n; i++)
        {
          o->bands.rate[i] = values[i] / 100;
          if (i >= o->bands.n_bands - 1 || i == n - 1)
            o->bands.upto[i] = i == n - 1 ? G_MAXDOUBLE : (i > 0 ? o->bands.upto[i - 1] : 0) + 1000;
        }
      o->bands.n_bands = n;
      return TRUE;
    }
  if (n != o->bands.n_bands - 1)
    {
      g_set_error (error, PS_OFFER_ERROR, PS_OFFER_ERROR_FIELD, _("%s: %s"), _(fields[field].label),
                   _("give one limit fewer than the rates"));
      return FALSE;
    }
  for (int i = 0; i < n; i++)
    if (values[i] <= 0 || (i > 0 && values[i] <= values[i - 1]))
      {
        g_set_error (error, PS_OFFER_ERROR, PS_OFFER_ERROR_FIELD, _("%s: %s"), _(fields[field].label),
                     _("the limits must increase"));
        return FALSE;
      }
  for (int i = 0; i < n; i++)
    o->bands.upto[i] = values[i];
  return TRUE;
}

gboolean
ps_offer_set_field_text (PsOffer      *offer,
                         PsOfferField  field,
                         const char   *text,
                         GError      **error)
{
  PsOffer o = *offer;
  const char *shown;
  double v = NAN;
  gboolean empty;

  g_return_val_if_fail (field < PS_N_OFFER_FIELDS, FALSE);

  if (text == NULL)
    text = "";
  shown = _(fields[field].label);
  if (field == PS_OFFER_FIELD_NAME)
    {
      g_autofree char *name = g_strstrip (g_strdup (text));

      if (*name == '\0')
        {
          g_set_error (error, PS_OFFER_ERROR, PS_OFFER_ERROR_FIELD, _("%s: %s"), shown, _("give the offer a name"));
          return FALSE;
        }
      g_strlcpy (offer->name, name, sizeof offer->name);
      return TRUE;
    }
  if (field == PS_OFFER_FIELD_VM_CITY)
    {
      g_autofree char *id = g_strstrip (g_ascii_strdown (text, -1));
      int k = *id == '\0' ? -2 : ps_vm_city_from_id (id);

      if (k == -1)
        {
          ps_vm_city_set_error (error, PS_OFFER_ERROR, PS_OFFER_ERROR_FIELD, shown, text);
          return FALSE;
        }
      ensure_profile (&o);
      o.vm_city = 0;
      if (k == PS_N_VM_CITIES)
        o.profile.vm_rate = 0;
      else if (k >= 0)
        {
          o.vm_city = k + 1;
          o.profile.vm_rate = NAN;
        }
      *offer = o;
      return TRUE;
    }
  if (field == PS_OFFER_FIELD_BAND_RATES || field == PS_OFFER_FIELD_BAND_LIMITS)
    {
      if (!set_bands (&o, field, text, error))
        return FALSE;
      *offer = o;
      return TRUE;
    }

  {
    g_autofree char *stripped = g_strstrip (g_strdup (text));

    empty = *stripped == '\0';
  }
  /* the profile's fields and the quoted rate may be left empty */
  if (empty && (field >= PS_OFFER_FIELD_HEADCOUNT && field <= PS_OFFER_FIELD_QUOTED_RESTITUTION_PCT))
    v = NAN;
  else if (!ps_input_parse_number (shown, text, fields[field].min, fields[field].max, &v, error))
    return FALSE;
  if (field == PS_OFFER_FIELD_HEADCOUNT && !isnan (v) && v != floor (v))
    {
      g_set_error (error, PS_OFFER_ERROR, PS_OFFER_ERROR_FIELD, _("%s: %s"), shown, _("a whole number is expected"));
      return FALSE;
    }

  switch (field)
    {
    case PS_OFFER_FIELD_FEE_PCT: o.fee_rate = v / 100; break;
    case PS_OFFER_FIELD_FEE_FLAT_MONTHLY: o.fee_flat_monthly = v; break;
    case PS_OFFER_FIELD_FEE_FLOOR_MONTHLY: o.fee_floor_monthly = v; break;
    case PS_OFFER_FIELD_FEE_CAP_MONTHLY: o.fee_cap_monthly = v; break;
    case PS_OFFER_FIELD_EXTRAS_MONTHLY: o.extras_monthly = v; break;
    case PS_OFFER_FIELD_ADVANCE_SHARE_PCT: o.advance_share = v / 100; break;
    case PS_OFFER_FIELD_ADVANCE_COST_PCT: o.advance_cost_rate = v / 100; break;
    case PS_OFFER_FIELD_PAYMENT_DELAY_DAYS: o.payment_delay_days = v; break;
    case PS_OFFER_FIELD_HEADCOUNT: ensure_profile (&o); o.profile.headcount = isnan (v) ? -1 : (int) v; break;
    case PS_OFFER_FIELD_ATMP_PCT: ensure_profile (&o); o.profile.atmp_rate = v / 100; break;
    case PS_OFFER_FIELD_VM_PCT:
      ensure_profile (&o);
      o.profile.vm_rate = v / 100;
      /* a rate typed replaces the city's */
      if (!isnan (v))
        o.vm_city = 0;
      break;
    case PS_OFFER_FIELD_PREVOYANCE_PCT: ensure_profile (&o); o.profile.prevoyance_rate = v / 100; break;
    case PS_OFFER_FIELD_PREVOYANCE_MONTHLY: ensure_profile (&o); o.profile.prevoyance_monthly = v; break;
    case PS_OFFER_FIELD_PREVOYANCE_EMPLOYER_PCT: ensure_profile (&o); o.profile.prevoyance_employer_rate = v / 100; break;
    case PS_OFFER_FIELD_MUTUELLE_MONTHLY: ensure_profile (&o); o.profile.mutuelle_monthly = v; break;
    case PS_OFFER_FIELD_MUTUELLE_EMPLOYER_PCT: ensure_profile (&o); o.profile.mutuelle_employer_rate = v / 100; break;
    case PS_OFFER_FIELD_QUOTED_RESTITUTION_PCT: o.quoted_restitution = v / 100; break;
    case PS_OFFER_FIELD_NAME:
    case PS_OFFER_FIELD_VM_CITY:
    case PS_OFFER_FIELD_BAND_RATES:
    case PS_OFFER_FIELD_BAND_LIMITS:
    case PS_N_OFFER_FIELDS:
    default:
      g_assert_not_reached ();
    }
  *offer = o;
  return TRUE;
}

PsOfferFee
ps_offer_get_fee (const PsOffer *o)
{
  if (!o->has_fee)
    return PS_OFFER_FEE_SCENARIO;
  if (o->bands.n_bands > 0)
    return PS_OFFER_FEE_TIERED;
  switch (o->fee_model)
    {
    case PS_FEE_PERCENT_NET_OF_EXPENSES: return PS_OFFER_FEE_PERCENT_NET;
    case PS_FEE_FLAT: return PS_OFFER_FEE_FLAT;
    case PS_FEE_PERCENT_REVENUE:
    default:
      return PS_OFFER_FEE_PERCENT;
    }
}

void
ps_offer_set_fee (PsOffer    *o,
                  PsOfferFee  fee)
{
  g_return_if_fail (fee < PS_N_OFFER_FEES);

  o->has_fee = fee != PS_OFFER_FEE_SCENARIO;
  o->fee_model = fee == PS_OFFER_FEE_PERCENT_NET ? PS_FEE_PERCENT_NET_OF_EXPENSES
               : fee == PS_OFFER_FEE_FLAT ? PS_FEE_FLAT
               : PS_FEE_PERCENT_REVENUE;
  if (fee != PS_OFFER_FEE_TIERED)
    o->bands.n_bands = 0;
  else if (o->bands.n_bands == 0)
    {
      o->bands.n_bands = 1;
      o->bands.rate[0] = o->fee_rate;
      o->bands.upto[0] = G_MAXDOUBLE;
      o->bands.marginal = TRUE;
    }
}

PsOfferContract
ps_offer_get_contract (const PsOffer *o)
{
  if (!o->has_contract && !o->has_reserve)
    return PS_OFFER_CONTRACT_SCENARIO;
  if (o->has_contract && o->cdd)
    return PS_OFFER_CONTRACT_CDD;
  return !o->has_reserve || o->reserve ? PS_OFFER_CONTRACT_CDI_RESERVE : PS_OFFER_CONTRACT_CDI;
}

void
ps_offer_set_contract (PsOffer         *o,
                       PsOfferContract  contract)
{
  g_return_if_fail (contract < PS_N_OFFER_CONTRACTS);

  o->has_contract = contract != PS_OFFER_CONTRACT_SCENARIO;
  o->cdd = contract == PS_OFFER_CONTRACT_CDD;
  /* a CDD's indemnity replaces the réserve */
  o->has_reserve = contract == PS_OFFER_CONTRACT_CDI_RESERVE || contract == PS_OFFER_CONTRACT_CDI;
  o->reserve = contract == PS_OFFER_CONTRACT_CDI_RESERVE;
}

/* ------------------------------------------------------------ JSON */

char *
ps_offer_to_json_text (const PsOffer *o)
{
  /* the offer file format's writer (ps-offer.c) */
  return ps_offer_to_json (o);
}

gboolean
ps_offer_save (const PsOffer *offer,
               const char    *path,
               GError       **error)
{
  g_autofree char *text = ps_offer_to_json_text (offer);

  return ps_file_write (path, text, strlen (text), error);
}

/* ------------------------------------------------------------ computing */

void
ps_comparison_use_offer (const PsParams *params,
                         const PsOffer  *offer,
                         PsComparison   *c)
{
  ps_comparison_apply_offer (params, offer, c);
}

void
ps_offer_sweep_usable (const PsParams   *params,
                       const PsScenario *scenario,
                       const PsOffer    *offer,
                       double            tjm_from,
                       double            tjm_to,
                       int               n,
                       double           *out)
{
  PsScenario probe = *scenario;
  PsOfferResult r;

  for (int i = 0; i < n; i++)
    {
      probe.tjm = n > 1 ? tjm_from + (tjm_to - tjm_from) * i / (n - 1) : tjm_from;
      ps_offer_compute (params, &probe, offer, &r);
      out[i] = r.status.eligible ? r.status.net_after_tax_monthly : NAN;
    }
}

void
ps_comparison_sweep_offer_usable (const PsParams   *params,
                                  const PsScenario *scenario,
                                  const PsOffer    *offer,
                                  double            tjm_from,
                                  double            tjm_to,
                                  int               n,
                                  double           *out)
{
  PsScenario probe = *scenario;
  g_autofree PsComparison *c = g_new (PsComparison, 1);

  for (int i = 0; i < n; i++)
    {
      probe.tjm = n > 1 ? tjm_from + (tjm_to - tjm_from) * i / (n - 1) : tjm_from;
      ps_comparison_compute (params, &probe, c);
      ps_comparison_apply_offer (params, offer, c);
      for (int k = 0; k < PS_N_STATUSES; k++)
        out[i * PS_N_STATUSES + k] = c->statuses[k].eligible ? c->statuses[k].net_after_tax_monthly : NAN;
    }
}

/* ------------------------------------------------------------ lines */

/* 0 decimals for a whole number, else 1 or 2 */
static int
decimals (double value)
{
  if (fabs (value - round (value)) < 1e-9)
    return 0;
  return fabs (value * 10 - round (value * 10)) < 1e-9 ? 1 : 2;
}

static char *
describe_fee (const PsPortageInputs *in)
{
  g_autofree char *base = NULL;
  GString *s;

  if (in->bands != NULL && in->bands->n_bands > 0)
    {
      GString *rates = g_string_new (NULL);

      for (int i = 0; i < in->bands->n_bands; i++)
        {
          g_autofree char *r = ps_format_number (in->bands->rate[i] * 100, decimals (in->bands->rate[i] * 100));

          g_string_append_printf (rates, "%s%s", i > 0 ? " / " : "", r);
        }
      /* Translators: a tiered fee, “10 / 9 / 7 %” then how the bands apply */
      base = g_strdup_printf (in->bands->marginal ? _("%s%% by band of the revenue") : _("%s%% of the revenue, at the band reached"),
                              rates->str);
      g_string_free (rates, TRUE);
    }
  else if (in->fee_model == PS_FEE_FLAT)
    {
      g_autofree char *m = ps_format_money (in->fee_flat_monthly);

      /* Translators: a flat fee, %s is an amount */
      base = g_strdup_printf (_("%s a month"), m);
    }
  else
    {
      g_autofree char *p = ps_format_percent (in->fee_rate * 100, decimals (in->fee_rate * 100));

      /* Translators: %s is a percentage */
      base = g_strdup_printf (in->fee_model == PS_FEE_PERCENT_NET_OF_EXPENSES ? _("%s of the revenue less expenses")
                                                                            : _("%s of the revenue"), p);
    }
  s = g_string_new (base);
  if (in->fee_model != PS_FEE_FLAT && in->fee_floor_monthly > 0)
    {
      g_autofree char *m = ps_format_money (in->fee_floor_monthly);

      /* Translators: appended to a fee; %s is an amount */
      g_string_append_printf (s, _(", at least %s a month"), m);
    }
  if (in->fee_model != PS_FEE_FLAT && in->fee_cap_monthly > 0)
    {
      g_autofree char *m = ps_format_money (in->fee_cap_monthly);

      /* Translators: appended to a fee; %s is an amount */
      g_string_append_printf (s, _(", at most %s a month"), m);
    }
  return g_string_free (s, FALSE);
}

char *
ps_offer_describe (const PsOffer       *o,
                   const PsOfferResult *r,
                   PsOfferAspect        aspect)
{
  const PsPortageInputs *in = &r->inputs;

  switch (aspect)
    {
    case PS_OFFER_ASPECT_FEE:
      return describe_fee (in);
    case PS_OFFER_ASPECT_EXTRAS:
      {
        g_autofree char *m = ps_format_money (in->extras_monthly);

        return in->extras_monthly > 0 ? g_strdup_printf (_("%s a month"), m) : g_strdup (_("None"));
      }
    case PS_OFFER_ASPECT_ADVANCE:
      {
        g_autofree char *share = NULL, *cost = NULL, *days = NULL;

        if (o->advance_share <= 0 || o->advance_cost_rate <= 0 || o->payment_delay_days <= 0)
          return g_strdup (_("None"));
        share = ps_format_percent (o->advance_share * 100, 0);
        cost = ps_format_percent (o->advance_cost_rate * 100, 1);
        days = ps_format_number (o->payment_delay_days, 0);
        /* Translators: a salary advance: the share advanced, its cost a
         * month, the client's payment delay in days */
        return g_strdup_printf (_("%s at %s a month, %s days"), share, cost, days);
      }
    case PS_OFFER_ASPECT_CONTRACT:
      if (in->cdd)
        /* xgettext:no-c-format */
        return g_strdup (_("CDD, 10% end-of-contract indemnity"));
      return g_strdup (in->reserve ? _("CDI with the réserve") : _("CDI without the réserve"));
    case PS_OFFER_ASPECT_MUTUELLE:
      {
        g_autofree char *m = ps_format_money (in->profile.mutuelle_monthly);
        g_autofree char *p = ps_format_percent (in->profile.mutuelle_employer_rate * 100, 0);

        /* Translators: the mutuelle's premium, then the share the firm pays */
        return g_strdup_printf (_("%s a month, %s paid by the firm"), m, p);
      }
    case PS_OFFER_ASPECT_PREVOYANCE:
      {
        const PsEmployerProfile *p = &in->profile;
        g_autofree char *share = NULL, *premium = NULL;

        if (!(p->prevoyance_rate > 0) && !(p->prevoyance_monthly > 0))
          return g_strdup (_("The law’s minimum"));
        if (p->prevoyance_rate > 0 && p->prevoyance_monthly > 0)
          {
            g_autofree char *rate = ps_format_percent (p->prevoyance_rate * 100, 2);
            g_autofree char *m = ps_format_money (p->prevoyance_monthly);

            /* Translators: a premium: a percentage of the gross, then an amount */
            premium = g_strdup_printf (_("%s of the gross + %s a month"), rate, m);
          }
        else if (p->prevoyance_rate > 0)
          {
            g_autofree char *rate = ps_format_percent (p->prevoyance_rate * 100, 2);

            /* Translators: %s is a percentage */
            premium = g_strdup_printf (_("%s of the gross"), rate);
          }
        else
          {
            g_autofree char *m = ps_format_money (p->prevoyance_monthly);

            premium = g_strdup_printf (_("%s a month"), m);
          }
        share = ps_format_percent (p->prevoyance_employer_rate * 100, 0);
        /* Translators: the prévoyance's premium, then the share the firm pays */
        return g_strdup_printf (_("%s, %s paid by the firm"), premium, share);
      }
    case PS_OFFER_ASPECT_VM:
      return ps_format_percent (in->profile.vm_rate * 100, 2);
    case PS_OFFER_ASPECT_ATMP:
      return ps_format_percent (in->profile.atmp_rate * 100, 2);
    case PS_OFFER_ASPECT_HEADCOUNT:
      return ps_format_number (in->profile.headcount, 0);
    case PS_N_OFFER_ASPECTS:
    default:
      g_return_val_if_reached (NULL);
    }
}

gboolean
ps_offers_differ (const PsOffer       *offers,
                  const PsOfferResult *results,
                  int                  n,
                  PsOfferAspect        aspect)
{
  g_autofree char *first = NULL;

  if (n < 2)
    return FALSE;
  first = ps_offer_describe (&offers[0], &results[0], aspect);
  for (int i = 1; i < n; i++)
    {
      g_autofree char *other = ps_offer_describe (&offers[i], &results[i], aspect);

      if (!g_str_equal (first, other))
        return TRUE;
    }
  return FALSE;
}
