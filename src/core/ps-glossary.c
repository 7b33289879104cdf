/* SPDX-License-Identifier: GPL-3.0-or-later */
#define G_LOG_DOMAIN "ps-glossary"

#include "config.h"

#include <cJSON.h>
#include <gio/gio.h>
#include <glib/gi18n-lib.h>
#include <string.h>

#include "ps-error.h"
#include "ps-glossary.h"
#include "ps-glossary-resources.h"

#define GLOSSARY_RESOURCE "/io/github/portagesim/PortageSimulator/glossary/glossary.json"

struct _PsGlossary
{
  GArray *entries;   /* PsGlossaryEntry */
};

static void
entry_clear (gpointer data)
{
  PsGlossaryEntry *e = data;

  g_free (e->term);
  g_free (e->name);
  g_free (e->name_en);
  g_free (e->definition);
  g_free (e->definition_en);
  g_free (e->source);
  g_free (e->url);
  g_strfreev (e->aliases);
}

void
ps_glossary_free (PsGlossary *g)
{
  if (g == NULL)
    return;
  g_array_unref (g->entries);
  g_free (g);
}

/* lower case, without accents: "Réserve" → "reserve" */
static char *
fold (const char *text)
{
  g_autofree char *plain = g_str_to_ascii (text, "C");

  return g_ascii_strdown (plain, -1);
}

static int
compare_entries (gconstpointer a,
                 gconstpointer b)
{
  g_autofree char *x = fold (((const PsGlossaryEntry *) a)->term);
  g_autofree char *y = fold (((const PsGlossaryEntry *) b)->term);

  return strcmp (x, y);
}

static char *
required_string (const cJSON *item,
                 const char  *key,
                 const char  *origin,
                 int          index,
                 GError     **error)
{
  const cJSON *v = cJSON_GetObjectItemCaseSensitive (item, key);
  g_autofree char *text = cJSON_IsString (v) && v->valuestring != NULL ? g_strdup (v->valuestring) : NULL;

  if (text == NULL || *g_strstrip (text) == '\0')
    {
      /* Translators: %s: a file, %d: the entry's number, %s: a JSON key */
      g_set_error (error, PS_RATES_ERROR, PS_RATES_ERROR_MISSING_KEY,
                   _("%s: glossary entry %d has no “%s” text"), origin, index + 1, key);
      return NULL;
    }
  return g_strdup (v->valuestring);
}

PsGlossary *
ps_glossary_new_from_data (const char  *json,
                           gsize        length,
                           const char  *origin,
                           GError     **error)
{
  static const char *const keys[] = { "term", "name", "name_en", "definition", "definition_en", "source", "url" };
  g_autoptr (PsGlossary) g = g_new0 (PsGlossary, 1);
  g_autoptr (GHashTable) seen = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  cJSON *root;
  const cJSON *entries, *item;
  int index = 0;

  g_return_val_if_fail (json != NULL, NULL);

  g->entries = g_array_new (FALSE, TRUE, sizeof (PsGlossaryEntry));
  g_array_set_clear_func (g->entries, entry_clear);
  root = cJSON_ParseWithLength (json, length);
  if (root == NULL)
    {
      g_set_error (error, PS_RATES_ERROR, PS_RATES_ERROR_PARSE,
                   _("%s: the glossary is not valid JSON"), origin);
      return NULL;
    }
  entries = cJSON_GetObjectItemCaseSensitive (root, "entries");
  if (!cJSON_IsArray (entries))
    {
      g_set_error (error, PS_RATES_ERROR, PS_RATES_ERROR_MISSING_KEY,
                   _("%s: the glossary has no “entries” list"), origin);
      cJSON_Delete (root);
      return NULL;
    }
  cJSON_ArrayForEach (item, entries)
    {
      PsGlossaryEntry e = { 0 };
      char **fields[] = { &e.term, &e.name, &e.name_en, &e.definition, &e.definition_en, &e.source, &e.url };
      const cJSON *aliases = cJSON_GetObjectItemCaseSensitive (item, "aliases");
      g_autoptr (GPtrArray) names = g_ptr_array_new ();

      for (guint k = 0; k < G_N_ELEMENTS (keys); k++)
        if ((*fields[k] = required_string (item, keys[k], origin, index, error)) == NULL)
          {
            entry_clear (&e);
            cJSON_Delete (root);
            return NULL;
          }
      if (!g_str_has_prefix (e.url, "https://"))
        {
          /* Translators: %s: a file, %s: a term, %s: an address */
          g_set_error (error, PS_RATES_ERROR, PS_RATES_ERROR_BAD_VALUE,
                       _("%s: the source of “%s” is not an https:// address: %s"), origin, e.term, e.url);
          entry_clear (&e);
          cJSON_Delete (root);
          return NULL;
        }
      if (aliases != NULL && !cJSON_IsArray (aliases))
        {
          g_set_error (error, PS_RATES_ERROR, PS_RATES_ERROR_BAD_VALUE,
                       _("%s: the aliases of “%s” are not a list of texts"), origin, e.term);
          entry_clear (&e);
          cJSON_Delete (root);
          return NULL;
        }
      g_ptr_array_add (names, e.term);
      if (aliases != NULL)
        {
          const cJSON *a;
          GPtrArray *list = g_ptr_array_new ();

          cJSON_ArrayForEach (a, aliases)
            if (cJSON_IsString (a) && a->valuestring[0] != '\0')
              {
                g_ptr_array_add (list, g_strdup (a->valuestring));
                g_ptr_array_add (names, a->valuestring);
              }
            else
              {
                g_ptr_array_add (list, NULL);
                e.aliases = (char **) g_ptr_array_free (list, FALSE);
                g_set_error (error, PS_RATES_ERROR, PS_RATES_ERROR_BAD_VALUE,
                             _("%s: the aliases of “%s” are not a list of texts"), origin, e.term);
                entry_clear (&e);
                cJSON_Delete (root);
                return NULL;
              }
          g_ptr_array_add (list, NULL);
          e.aliases = (char **) g_ptr_array_free (list, FALSE);
        }
      /* a term or alias names one entry only */
      for (guint k = 0; k < names->len; k++)
        {
          char *key = fold (g_ptr_array_index (names, k));

          if (g_hash_table_contains (seen, key))
            {
              g_set_error (error, PS_RATES_ERROR, PS_RATES_ERROR_BAD_VALUE,
                           _("%s: “%s” is in the glossary twice"), origin,
                           (const char *) g_ptr_array_index (names, k));
              g_free (key);
              entry_clear (&e);
              cJSON_Delete (root);
              return NULL;
            }
          g_hash_table_add (seen, key);
        }
      g_array_append_val (g->entries, e);
      index++;
    }
  cJSON_Delete (root);
  g_array_sort (g->entries, compare_entries);
  return g_steal_pointer (&g);
}

PsGlossary *
ps_glossary_new_embedded (GError **error)
{
  g_autoptr (GBytes) bytes = NULL;
  gsize length;
  const char *data;

  bytes = g_resource_lookup_data (ps_glossary_get_resource (), GLOSSARY_RESOURCE,
                                  G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (bytes == NULL)
    return NULL;
  data = g_bytes_get_data (bytes, &length);
  return ps_glossary_new_from_data (data, length, "glossary.json", error);
}

guint
ps_glossary_get_n_entries (const PsGlossary *g)
{
  g_return_val_if_fail (g != NULL, 0);
  return g->entries->len;
}

const PsGlossaryEntry *
ps_glossary_get_entry (const PsGlossary *g,
                       guint             index)
{
  g_return_val_if_fail (g != NULL, NULL);
  g_return_val_if_fail (index < g->entries->len, NULL);
  return &g_array_index (g->entries, PsGlossaryEntry, index);
}

const PsGlossaryEntry *
ps_glossary_lookup (const PsGlossary *g,
                    const char       *term)
{
  g_autofree char *key = NULL;

  g_return_val_if_fail (g != NULL, NULL);
  if (term == NULL)
    return NULL;
  key = fold (term);
  for (guint i = 0; i < g->entries->len; i++)
    {
      const PsGlossaryEntry *e = &g_array_index (g->entries, PsGlossaryEntry, i);
      g_autofree char *t = fold (e->term);

      if (strcmp (t, key) == 0)
        return e;
      for (guint k = 0; e->aliases != NULL && e->aliases[k] != NULL; k++)
        {
          g_autofree char *a = fold (e->aliases[k]);

          if (strcmp (a, key) == 0)
            return e;
        }
    }
  return NULL;
}

gboolean
ps_glossary_entry_matches (const PsGlossaryEntry *e,
                           const char            *query)
{
  g_autofree char *q = NULL;
  const char *texts[] = { e->term, e->name, e->name_en, e->definition, e->definition_en };

  g_return_val_if_fail (e != NULL, FALSE);
  if (query == NULL)
    return TRUE;
  q = fold (query);
  g_strstrip (q);
  if (*q == '\0')
    return TRUE;
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      g_autofree char *t = fold (texts[i]);

      if (strstr (t, q) != NULL)
        return TRUE;
    }
  for (guint k = 0; e->aliases != NULL && e->aliases[k] != NULL; k++)
    {
      g_autofree char *a = fold (e->aliases[k]);

      if (strstr (a, q) != NULL)
        return TRUE;
    }
  return FALSE;
}

/* whether @word is an abbreviation: no lower-case letter ("IS", "AT/MP") */
static gboolean
is_abbreviation (const char *word)
{
  for (const char *p = word; *p != '\0'; p = g_utf8_next_char (p))
    if (g_unichar_islower (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

/* The length in bytes of @word at @at in @text, as a whole word, or 0 */
static gsize
word_at (const char *text,
         const char *at,
         const char *word)
{
  gboolean exact_case = is_abbreviation (word);
  const char *p = at, *w = word;

  if (*word == '\0')
    return 0;
  if (at > text && g_unichar_isalnum (g_utf8_get_char (g_utf8_prev_char (at))))
    return 0;
  while (*w != '\0')
    {
      gunichar a, b;

      if (*p == '\0')
        return 0;
      a = g_utf8_get_char (p);
      b = g_utf8_get_char (w);
      if (exact_case ? a != b : g_unichar_tolower (a) != g_unichar_tolower (b))
        return 0;
      p = g_utf8_next_char (p);
      w = g_utf8_next_char (w);
    }
  if (*p != '\0' && g_unichar_isalnum (g_utf8_get_char (p)))
    return 0;
  return p - at;
}

const PsGlossaryEntry *
ps_glossary_find_mention (const PsGlossary *g,
                          const char       *text,
                          gsize            *start,
                          gsize            *length)
{
  g_return_val_if_fail (g != NULL, NULL);
  g_return_val_if_fail (start != NULL && length != NULL, NULL);

  if (text == NULL || !g_utf8_validate (text, -1, NULL))
    return NULL;
  for (const char *at = text; *at != '\0'; at = g_utf8_next_char (at))
    {
      const PsGlossaryEntry *best = NULL;
      gsize best_length = 0;

      for (guint i = 0; i < g->entries->len; i++)
        {
          const PsGlossaryEntry *e = &g_array_index (g->entries, PsGlossaryEntry, i);
          const char *words[] = { e->term, e->name, e->name_en };

          for (guint k = 0; k < G_N_ELEMENTS (words); k++)
            {
              gsize n = word_at (text, at, words[k]);

              if (n > best_length)
                best = e, best_length = n;
            }
          for (guint k = 0; e->aliases != NULL && e->aliases[k] != NULL; k++)
            {
              gsize n = word_at (text, at, e->aliases[k]);

              if (n > best_length)
                best = e, best_length = n;
            }
        }
      if (best != NULL)
        {
          *start = at - text;
          *length = best_length;
          /* a name followed by its term ("Contribution solidarité
           * autonomie (CSA)"): the term is the link, as in a label that
           * has only the term, whatever the language */
          gboolean named = word_at (text, at, best->term) != best_length;

          for (guint k = 0; named && best->aliases != NULL && best->aliases[k] != NULL; k++)
            named = word_at (text, at, best->aliases[k]) != best_length;
          for (const char *after = at + best_length; named && *after != '\0'; after = g_utf8_next_char (after))
            {
              gsize n = word_at (text, after, best->term);

              for (guint k = 0; n == 0 && best->aliases != NULL && best->aliases[k] != NULL; k++)
                n = word_at (text, after, best->aliases[k]);
              if (n > 0)
                {
                  *start = after - text;
                  *length = n;
                  break;
                }
            }
          return best;
        }
    }
  return NULL;
}

GPtrArray *
ps_glossary_search (const PsGlossary *g,
                    const char       *query)
{
  GPtrArray *found = g_ptr_array_new ();
  g_autofree char *trimmed = query != NULL ? g_strstrip (g_strdup (query)) : NULL;
  const PsGlossaryEntry *exact;

  g_return_val_if_fail (g != NULL, found);
  exact = ps_glossary_lookup (g, trimmed);
  if (exact != NULL)
    {
      g_ptr_array_add (found, (gpointer) exact);
      return found;
    }
  for (guint i = 0; i < g->entries->len; i++)
    {
      const PsGlossaryEntry *e = &g_array_index (g->entries, PsGlossaryEntry, i);

      if (ps_glossary_entry_matches (e, query))
        g_ptr_array_add (found, (gpointer) e);
    }
  return found;
}

const char *
ps_glossary_entry_name (const PsGlossaryEntry *e,
                        gboolean               english)
{
  g_return_val_if_fail (e != NULL, NULL);
  return english ? e->name_en : e->name;
}

const char *
ps_glossary_entry_definition (const PsGlossaryEntry *e,
                              gboolean               english)
{
  g_return_val_if_fail (e != NULL, NULL);
  return english ? e->definition_en : e->definition;
}
