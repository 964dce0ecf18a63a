# Lo que informa la carpeta de datos: archivos que dejó de lado, apartó o
# recuperó, y por qué no se pudo usar. $file, $folder y $copy son rutas.

## Avisos de la pantalla de bienvenida o de las órdenes que listan reflexiones.

store-cannot-list = No se pudo ver el contenido de { $folder }: { $why }
store-newer = { $file } lo escribió un accord más nuevo ({ $format }); se dejó como estaba.
store-link = { $file } es un enlace, no un archivo de reflexión; accord no lo siguió.
store-left-unread = No se pudo leer { $file } ({ $why }); se dejó como estaba.
store-set-aside = No se pudo leer { $file } ({ $why }); se guardó como { $kept } y empezó una reflexión nueva.
store-restored = Las respuestas que un guardado fallido dejó en { $copy } están de nuevo en la reflexión { $id }.
store-not-restored = Las respuestas que un guardado fallido dejó en { $copy } todavía no se pudieron recuperar ({ $why }); la copia está a salvo.
store-open-to-others = Otras personas de esta computadora pueden cambiar los archivos de { $folder }. Para que sus respuestas sigan siendo privadas, escriba: chmod 700 { $folder }

## Por qué no se pudo leer un archivo de reflexión.

store-unreadable-newer = lo escribió un accord más nuevo ({ $format })
store-unreadable-link = es un enlace, y accord no sigue enlaces
store-foreign-format = su formato es { $format }, no es una reflexión de accord

## Por qué no se pudo usar la carpeta de datos o un archivo dentro de ella.

store-error-profile = el nombre de perfil { $name } solo puede tener letras, números, - y _ (hasta { $max } caracteres)
store-error-no-home = no se encuentra una carpeta personal donde guardar las respuestas; elija una con --data-dir CARPETA
store-error-dir = no se puede usar la carpeta de datos { $path }: { $cause }. Elija otra con --data-dir CARPETA
store-error-write = no se pudieron guardar sus respuestas en { $path }: { $cause }
store-error-copy-over-sessions = { $folder } está dentro de la carpeta de datos de accord, donde se guardan sus respuestas; guarde la copia en otro lugar
store-error-copy = no se puede escribir { $path }: { $cause }
store-no-free-name = no queda ningún nombre libre para una reflexión nueva
store-no-folder = no hay ninguna carpeta donde escribir

## Añadido al unir ramas.

store-not-a-file = no es un archivo normal (puede ser un dispositivo o una tubería), así que accord no lo leyó
store-too-large = es demasiado grande para ser de accord (más de { $limit })
store-not-json = no tiene la forma en que accord guarda (línea { $line }, columna { $column })
store-no-format = no tiene una línea "format", así que no es una reflexión de accord
store-format-not-text = su "format" es { $format }, no es una reflexión de accord
store-part-problem = su parte "{ $field }" { $problem }
store-part-missing = falta
store-part-wrong-kind = tiene un tipo de valor equivocado
store-part-bad-date = tiene una fecha que accord no puede leer
store-part-bad-value = tiene un valor que accord no puede usar
store-error-bad-lock = { $path } debería ser un pequeño archivo de bloqueo, pero es una carpeta o un enlace. Muévalo a otro sitio (o bórrelo) y vuelva a abrir accord. Sus respuestas no están en él.
store-error-copy-not-file = { $path } no es un archivo normal (es un enlace, una carpeta o un dispositivo); elija otro nombre de archivo para la copia
