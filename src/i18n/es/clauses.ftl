# Lo que dice `accord check` sobre un archivo de cláusulas: cada problema,
# dónde está y cómo arreglarlo, para quien prepara el archivo.

clauses-cannot-read = { $path }: no se puede leer el archivo de cláusulas: { $cause }
clauses-not-utf8 = el archivo no es texto UTF-8; guárdelo como UTF-8 desde su editor
# $message son las palabras del lector de TOML; $hint es una de las pistas de abajo, o nada.
clauses-syntax = Error de sintaxis TOML: { $message }{ $hint }
clauses-hint-curly-quotes = {" "}(use comillas dobles rectas "así", no curvas: algunos editores las cambian mientras escribe)
clauses-hint-missing-quote = {" "}(a un texto le falta una comilla doble al principio o al final; un texto de varias líneas va entre """ y """)
clauses-hint-unquoted = {" "}(ponga el texto entre comillas dobles: title = "Nuestro acuerdo")

## Dónde está un problema.
clauses-the-set = el conjunto
clauses-clause-number = la cláusula { $number }
clauses-at-the-top = al principio del archivo
clauses-in = en { $what }

## Los problemas.
clauses-no-clauses = el conjunto no tiene cláusulas: añada al menos una sección [[clause]]
clauses-not-a-list = `clause` debe ser una lista de secciones [[clause]], cada una con sus propios campos
clauses-not-a-section = { $what } debe ser una sección [[clause]]
clauses-id-twice = el id de cláusula `{ $id }` se usa dos veces, en la línea { $first } y en la línea { $second }; cada cláusula necesita su propio id
clauses-missing-field = falta `{ $name }` en { $what }: añada una línea como { $name } = "..."
clauses-not-text = `{ $name }` debe ser un texto entre comillas, no { $kind }
# Lo que puede ser $kind: el tipo de valor escrito en lugar de un texto.
clauses-kind-number = un número
clauses-kind-boolean = verdadero o falso
clauses-kind-date = una fecha
clauses-kind-list = una lista
clauses-kind-section = una sección
clauses-empty-field = `{ $name }` está vacío: escriba algo entre las comillas
clauses-bad-id = el id `{ $id }` solo puede tener letras minúsculas de la a a la z, números y guiones (hasta { $max }), como "llegar-a-tiempo"
clauses-unknown-speaker = no se conoce el hablante `{ $name }`: use uno de estos: { $names }
clauses-no-version = al conjunto le falta `version`: añada una línea como version = 1
clauses-bad-version = `version` debe ser un número entero de 1 o más, sin comillas, como version = 1
clauses-bad-language = `language` debe ser una etiqueta de idioma como "en", "es" o "pt-BR", no `{ $tag }`
# $hint es clauses-did-you-mean, o nada.
clauses-unknown-field = campo desconocido `{ $name }` { $place }{ $hint }; los campos permitidos son { $allowed }
clauses-did-you-mean = {" "}(¿quería decir `{ $name }`?)
