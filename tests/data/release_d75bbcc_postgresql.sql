--
-- PostgreSQL database dump
--


-- Dumped from database version 15.20 (Debian 15.20-0+deb12u1)
-- Dumped by pg_dump version 15.20 (Debian 15.20-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: action; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.action (
    code character varying(20) NOT NULL,
    label_fr character varying(120) NOT NULL,
    label_en character varying(120) NOT NULL,
    sort_order integer NOT NULL
);


--
-- Name: category; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.category (
    code character varying(40) NOT NULL,
    label_fr character varying(120) NOT NULL,
    label_en character varying(120) NOT NULL,
    sort_order integer NOT NULL,
    colour character varying(7) NOT NULL,
    icon character varying(16) NOT NULL
);


--
-- Name: data_version; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.data_version (
    id integer NOT NULL,
    value integer NOT NULL
);


--
-- Name: data_version_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.data_version_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: data_version_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.data_version_id_seq OWNED BY public.data_version.id;


--
-- Name: embed_config; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.embed_config (
    id integer NOT NULL,
    slug character varying(60) NOT NULL,
    name character varying(120) NOT NULL,
    filters json NOT NULL,
    look json NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL
);


--
-- Name: embed_config_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.embed_config_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: embed_config_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.embed_config_id_seq OWNED BY public.embed_config.id;


--
-- Name: geocode_cache; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.geocode_cache (
    id integer NOT NULL,
    key_hash character varying(64) NOT NULL,
    provider character varying(20) NOT NULL,
    query text NOT NULL,
    answers json NOT NULL,
    created_at timestamp without time zone NOT NULL
);


--
-- Name: geocode_cache_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.geocode_cache_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: geocode_cache_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.geocode_cache_id_seq OWNED BY public.geocode_cache.id;


--
-- Name: import_record; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.import_record (
    place_id integer NOT NULL,
    import_key character varying(400) NOT NULL,
    "values" json NOT NULL,
    source_file character varying(200) NOT NULL,
    imported_at timestamp without time zone NOT NULL
);


--
-- Name: login_attempt; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.login_attempt (
    id integer NOT NULL,
    email character varying(200) NOT NULL,
    address character varying(64) NOT NULL,
    at timestamp without time zone NOT NULL,
    success boolean NOT NULL
);


--
-- Name: login_attempt_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.login_attempt_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: login_attempt_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.login_attempt_id_seq OWNED BY public.login_attempt.id;


--
-- Name: mrc; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.mrc (
    id integer NOT NULL,
    slug character varying(40) NOT NULL,
    name character varying(120) NOT NULL,
    code_sda character varying(8) NOT NULL,
    code_mamh character varying(8),
    cduid character varying(8) NOT NULL,
    former_name character varying(120),
    outline json,
    outline_source character varying(16) NOT NULL
);


--
-- Name: mrc_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.mrc_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: mrc_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.mrc_id_seq OWNED BY public.mrc.id;


--
-- Name: municipality; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.municipality (
    id integer NOT NULL,
    code_geo character varying(8) NOT NULL,
    name character varying(120) NOT NULL,
    designation character varying(40) NOT NULL,
    mrc_id integer NOT NULL,
    latitude double precision NOT NULL,
    longitude double precision NOT NULL,
    aliases json NOT NULL
);


--
-- Name: municipality_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.municipality_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: municipality_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.municipality_id_seq OWNED BY public.municipality.id;


--
-- Name: place; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.place (
    id integer NOT NULL,
    slug character varying(160) NOT NULL,
    name character varying(200) NOT NULL,
    description_fr text NOT NULL,
    description_en text NOT NULL,
    place_type_code character varying(20) NOT NULL,
    address character varying(250) NOT NULL,
    municipality_id integer,
    postal_code character varying(7) NOT NULL,
    mrc_id integer,
    latitude double precision,
    longitude double precision,
    geocode_source character varying(16),
    geocode_precision character varying(16),
    phone character varying(40) NOT NULL,
    email character varying(200) NOT NULL,
    website character varying(300) NOT NULL,
    opening_hours character varying(500) NOT NULL,
    hours_note_fr character varying(500) NOT NULL,
    hours_note_en character varying(500) NOT NULL,
    service_area json,
    status character varying(12) NOT NULL,
    is_demo boolean NOT NULL,
    data_source character varying(200) NOT NULL,
    created_at timestamp without time zone NOT NULL,
    updated_at timestamp without time zone NOT NULL,
    verified_at timestamp without time zone,
    version integer NOT NULL
);


--
-- Name: place_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.place_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: place_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.place_id_seq OWNED BY public.place.id;


--
-- Name: place_revision; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.place_revision (
    id integer NOT NULL,
    place_id integer NOT NULL,
    user_id integer,
    created_at timestamp without time zone NOT NULL,
    kind character varying(16) NOT NULL,
    changes json NOT NULL,
    reverted_revision_id integer
);


--
-- Name: place_revision_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.place_revision_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: place_revision_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.place_revision_id_seq OWNED BY public.place_revision.id;


--
-- Name: place_type; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.place_type (
    code character varying(20) NOT NULL,
    label_fr character varying(120) NOT NULL,
    label_en character varying(120) NOT NULL,
    sort_order integer NOT NULL,
    colour character varying(7) NOT NULL
);


--
-- Name: proposition; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.proposition (
    id integer NOT NULL,
    place_id integer NOT NULL,
    action_code character varying(20) NOT NULL,
    conditions_fr character varying(500) NOT NULL,
    conditions_en character varying(500) NOT NULL
);


--
-- Name: proposition_category; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.proposition_category (
    proposition_id integer NOT NULL,
    category_code character varying(40) NOT NULL
);


--
-- Name: proposition_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.proposition_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: proposition_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.proposition_id_seq OWNED BY public.proposition.id;


--
-- Name: search_miss; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.search_miss (
    id integer NOT NULL,
    text character varying(200) NOT NULL,
    created_at timestamp without time zone NOT NULL
);


--
-- Name: search_miss_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.search_miss_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: search_miss_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.search_miss_id_seq OWNED BY public.search_miss.id;


--
-- Name: staff_user; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.staff_user (
    id integer NOT NULL,
    email character varying(200) NOT NULL,
    password_hash character varying(256) NOT NULL,
    role character varying(12) NOT NULL,
    active boolean NOT NULL,
    created_at timestamp without time zone NOT NULL,
    last_login_at timestamp without time zone,
    session_generation integer NOT NULL
);


--
-- Name: staff_user_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.staff_user_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: staff_user_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.staff_user_id_seq OWNED BY public.staff_user.id;


--
-- Name: synonym; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.synonym (
    id integer NOT NULL,
    term character varying(120) NOT NULL,
    lang character varying(2) NOT NULL,
    category_code character varying(40) NOT NULL
);


--
-- Name: synonym_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.synonym_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: synonym_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.synonym_id_seq OWNED BY public.synonym.id;


--
-- Name: data_version id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.data_version ALTER COLUMN id SET DEFAULT nextval('public.data_version_id_seq'::regclass);


--
-- Name: embed_config id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.embed_config ALTER COLUMN id SET DEFAULT nextval('public.embed_config_id_seq'::regclass);


--
-- Name: geocode_cache id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.geocode_cache ALTER COLUMN id SET DEFAULT nextval('public.geocode_cache_id_seq'::regclass);


--
-- Name: login_attempt id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.login_attempt ALTER COLUMN id SET DEFAULT nextval('public.login_attempt_id_seq'::regclass);


--
-- Name: mrc id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mrc ALTER COLUMN id SET DEFAULT nextval('public.mrc_id_seq'::regclass);


--
-- Name: municipality id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.municipality ALTER COLUMN id SET DEFAULT nextval('public.municipality_id_seq'::regclass);


--
-- Name: place id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.place ALTER COLUMN id SET DEFAULT nextval('public.place_id_seq'::regclass);


--
-- Name: place_revision id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.place_revision ALTER COLUMN id SET DEFAULT nextval('public.place_revision_id_seq'::regclass);


--
-- Name: proposition id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.proposition ALTER COLUMN id SET DEFAULT nextval('public.proposition_id_seq'::regclass);


--
-- Name: search_miss id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.search_miss ALTER COLUMN id SET DEFAULT nextval('public.search_miss_id_seq'::regclass);


--
-- Name: staff_user id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.staff_user ALTER COLUMN id SET DEFAULT nextval('public.staff_user_id_seq'::regclass);


--
-- Name: synonym id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.synonym ALTER COLUMN id SET DEFAULT nextval('public.synonym_id_seq'::regclass);


--
-- Data for Name: action; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.action VALUES ('donner', 'Donner / déposer', 'Drop off', 10);
INSERT INTO public.action VALUES ('ramassage', 'Ramassage à domicile', 'Home pickup', 20);
INSERT INTO public.action VALUES ('acheter', 'Acheter d''occasion', 'Buy second-hand', 30);
INSERT INTO public.action VALUES ('reparer', 'Faire réparer', 'Get it repaired', 40);


--
-- Data for Name: category; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.category VALUES ('vetements', 'Vêtements et accessoires', 'Clothing and accessories', 10, '#1E5AA8', '👕');
INSERT INTO public.category VALUES ('textiles-maison', 'Textiles de maison', 'Household textiles', 20, '#6B3FA0', '🧺');
INSERT INTO public.category VALUES ('meubles', 'Meubles', 'Furniture', 30, '#825A2B', '🪑');
INSERT INTO public.category VALUES ('electromenagers', 'Électroménagers', 'Household appliances', 40, '#35546E', '🔌');
INSERT INTO public.category VALUES ('electronique', 'Électronique et informatique', 'Electronics and computers', 50, '#00695C', '💻');
INSERT INTO public.category VALUES ('livres-medias', 'Livres, disques et films', 'Books, music and films', 60, '#A3195B', '📚');
INSERT INTO public.category VALUES ('jouets', 'Jouets et jeux', 'Toys and games', 70, '#C62828', '🧸');
INSERT INTO public.category VALUES ('sport-plein-air', 'Sport et plein air', 'Sports and outdoors', 80, '#2E7D32', '🎿');
INSERT INTO public.category VALUES ('velos', 'Vélos', 'Bicycles', 90, '#9A4A00', '🚲');
INSERT INTO public.category VALUES ('cuisine', 'Vaisselle et articles de cuisine', 'Dishes and kitchenware', 100, '#8A2E2E', '🍳');
INSERT INTO public.category VALUES ('decoration', 'Décoration et bibelots', 'Home decor and knick-knacks', 110, '#9C27B0', '🪴');
INSERT INTO public.category VALUES ('bebe-enfants', 'Articles pour bébés et enfants', 'Baby and children''s items', 120, '#D6085A', '🍼');
INSERT INTO public.category VALUES ('materiaux', 'Matériaux de construction', 'Building materials', 130, '#5D4037', '🧱');
INSERT INTO public.category VALUES ('outils', 'Outils et jardinage', 'Tools and garden equipment', 140, '#545A02', '🔧');
INSERT INTO public.category VALUES ('peinture-rdd', 'Peinture et résidus domestiques dangereux', 'Paint and household hazardous waste', 150, '#1740C8', '🎨');


--
-- Data for Name: data_version; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.data_version VALUES (3, 2);
INSERT INTO public.data_version VALUES (1, 44);
INSERT INTO public.data_version VALUES (2, 3);


--
-- Data for Name: embed_config; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.embed_config VALUES (1, 'bibliotheque-levis', 'Bibliothèque de Lévis', '{"mrc": ["levis"], "category": [], "action": [], "q": "v\u00e9lo", "bbox": null}', '{"view": "map", "controls": true, "height": 420}', '2026-12-01 22:45:50.170418', '2026-12-01 22:45:50.170427');


--
-- Data for Name: geocode_cache; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: import_record; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: login_attempt; Type: TABLE DATA; Schema: public; Owner: -
--



--
-- Data for Name: mrc; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.mrc VALUES (1, 'beauce-centre', 'Beauce-Centre', '27', '270', '2427', 'Robert-Cliche', '{"type": "Polygon", "coordinates": [[[-70.97457, 46.16885], [-71.01453, 46.18691], [-71.01363, 46.22609], [-71.02708, 46.23743], [-71.066, 46.27769], [-71.12436, 46.28556], [-71.1579, 46.31633], [-71.13506, 46.36322], [-71.01863, 46.3675], [-71.01211, 46.36639], [-70.99954, 46.36123], [-70.98952, 46.34609], [-70.92576, 46.32684], [-70.83523, 46.37038], [-70.79645, 46.37227], [-70.78836, 46.38606], [-70.7057, 46.43801], [-70.69819, 46.43566], [-70.60407, 46.40235], [-70.58399, 46.34794], [-70.68888, 46.30268], [-70.68439, 46.2846], [-70.67273, 46.26646], [-70.69912, 46.23746], [-70.69934, 46.20393], [-70.7074, 46.20282], [-70.7074, 46.18594], [-70.72252, 46.18713], [-70.7302, 46.17545], [-70.73106, 46.17154], [-70.7252, 46.16319], [-70.7305, 46.15343], [-70.76024, 46.13656], [-70.77603, 46.12872], [-70.79766, 46.13011], [-70.80894, 46.1298], [-70.85889, 46.12421], [-70.89118, 46.09487], [-70.92898, 46.10182], [-70.96273, 46.11056], [-70.97457, 46.16885]]]}', 'approximate');
INSERT INTO public.mrc VALUES (2, 'beauce-sartigan', 'Beauce-Sartigan', '29', '290', '2429', NULL, '{"type": "Polygon", "coordinates": [[[-70.59022, 46.21495], [-70.59018, 46.21155], [-70.56631, 46.19084], [-70.52619, 46.17886], [-70.47227, 46.15726], [-70.45575, 46.15006], [-70.45417, 46.14618], [-70.45875, 46.11147], [-70.36917, 46.01468], [-70.31617, 45.99858], [-70.37648, 45.90647], [-70.38081, 45.90118], [-70.39975, 45.88229], [-70.40539, 45.87762], [-70.49078, 45.81875], [-70.49895, 45.81442], [-70.51396, 45.81038], [-70.54116, 45.80693], [-70.58793, 45.80023], [-70.59649, 45.79954], [-70.65289, 45.79843], [-70.67659, 45.80213], [-70.71359, 45.81523], [-70.73114, 45.81821], [-70.74877, 45.81545], [-70.77803, 45.80555], [-70.79635, 45.80258], [-70.80834, 45.80342], [-70.85888, 45.81241], [-70.87351, 45.81306], [-70.88747, 45.80996], [-70.89883, 45.80568], [-70.9156, 45.80222], [-70.92859, 45.80269], [-70.9393, 45.80514], [-71.00606, 45.82721], [-71.02057, 45.8351], [-71.02701, 45.84194], [-71.07814, 45.91943], [-71.08714, 45.92802], [-71.10025, 45.93357], [-71.10991, 45.93461], [-71.10806, 45.94289], [-71.096, 45.94574], [-71.00687, 46.00667], [-71.01735, 46.08339], [-70.96273, 46.11056], [-70.92898, 46.10182], [-70.89118, 46.09487], [-70.85889, 46.12421], [-70.80894, 46.1298], [-70.79766, 46.13011], [-70.77603, 46.12872], [-70.76024, 46.13656], [-70.7305, 46.15343], [-70.7252, 46.16319], [-70.73106, 46.17154], [-70.7302, 46.17545], [-70.72252, 46.18713], [-70.7074, 46.18594], [-70.7074, 46.20282], [-70.69934, 46.20393], [-70.69912, 46.23746], [-70.67273, 46.26646], [-70.59022, 46.21495]]]}', 'approximate');
INSERT INTO public.mrc VALUES (3, 'bellechasse', 'Bellechasse', '19', '190', '2419', NULL, '{"type": "Polygon", "coordinates": [[[-71.029, 46.84594], [-71.01403, 46.84351], [-70.99979, 46.84252], [-70.98597, 46.84511], [-70.97444, 46.85095], [-70.96673, 46.85925], [-70.96229, 46.87557], [-70.95529, 46.88447], [-70.94587, 46.89063], [-70.93736, 46.89431], [-70.92275, 46.89797], [-70.91624, 46.89848], [-70.88619, 46.89674], [-70.87277, 46.89981], [-70.84964, 46.9136], [-70.79507, 46.93283], [-70.7678, 46.89721], [-70.77286, 46.85055], [-70.63239, 46.82282], [-70.62111, 46.8275], [-70.5377, 46.83621], [-70.50719, 46.75123], [-70.49313, 46.73082], [-70.42701, 46.72351], [-70.38702, 46.68989], [-70.37091, 46.66373], [-70.36313, 46.63397], [-70.41327, 46.59693], [-70.4291, 46.59857], [-70.56869, 46.55592], [-70.57554, 46.5347], [-70.55075, 46.50114], [-70.54107, 46.49064], [-70.52828, 46.46707], [-70.52605, 46.45522], [-70.54614, 46.44082], [-70.60407, 46.40235], [-70.69819, 46.43566], [-70.7057, 46.43801], [-70.71301, 46.47371], [-70.80843, 46.50151], [-70.83899, 46.54279], [-70.90362, 46.54488], [-70.92171, 46.5766], [-70.93178, 46.5909], [-71.02569, 46.60008], [-71.04059, 46.61444], [-71.07049, 46.63517], [-71.11065, 46.63902], [-71.11755, 46.66972], [-71.08991, 46.71213], [-71.06384, 46.72096], [-71.00256, 46.72715], [-70.99957, 46.72625], [-70.97985, 46.76852], [-70.97135, 46.78417], [-70.96907, 46.79167], [-70.9671, 46.81124], [-71.02731, 46.79599], [-71.03869, 46.79369], [-71.03844, 46.81427], [-71.04282, 46.82226], [-71.04756, 46.82607], [-71.04724, 46.84569], [-71.029, 46.84594]]]}', 'approximate');
INSERT INTO public.mrc VALUES (4, 'la-nouvelle-beauce', 'La Nouvelle-Beauce', '26', '260', '2426', NULL, '{"type": "Polygon", "coordinates": [[[-71.25978, 46.60388], [-71.1776, 46.60825], [-71.17097, 46.61478], [-71.11065, 46.63902], [-71.07049, 46.63517], [-71.04059, 46.61444], [-71.02569, 46.60008], [-70.93178, 46.5909], [-70.92171, 46.5766], [-70.90362, 46.54488], [-70.83899, 46.54279], [-70.80843, 46.50151], [-70.71301, 46.47371], [-70.7057, 46.43801], [-70.78836, 46.38606], [-70.79645, 46.37227], [-70.83523, 46.37038], [-70.92576, 46.32684], [-70.98952, 46.34609], [-70.99954, 46.36123], [-71.01211, 46.36639], [-71.01863, 46.3675], [-71.13506, 46.36322], [-71.15223, 46.39877], [-71.15133, 46.4045], [-71.16731, 46.44848], [-71.17064, 46.45064], [-71.18612, 46.52396], [-71.32193, 46.51909], [-71.33744, 46.52682], [-71.33156, 46.58201], [-71.25978, 46.60388]]]}', 'approximate');
INSERT INTO public.mrc VALUES (5, 'les-appalaches', 'Les Appalaches', '31', '310', '2431', 'L''Amiante', '{"type": "Polygon", "coordinates": [[[-71.12436, 46.28556], [-71.066, 46.27769], [-71.02708, 46.23743], [-71.01363, 46.22609], [-71.01453, 46.18691], [-70.97457, 46.16885], [-70.96273, 46.11056], [-71.01735, 46.08339], [-71.00687, 46.00667], [-71.096, 45.94574], [-71.10806, 45.94289], [-71.10991, 45.93461], [-71.11545, 45.93521], [-71.1304, 45.93269], [-71.14279, 45.9264], [-71.24112, 45.85188], [-71.25443, 45.84527], [-71.26318, 45.84309], [-71.27957, 45.84233], [-71.30321, 45.84463], [-71.31673, 45.84433], [-71.32929, 45.84087], [-71.33939, 45.83468], [-71.37393, 45.80467], [-71.38413, 45.79841], [-71.39837, 45.79431], [-71.4061, 45.7938], [-71.41964, 45.79508], [-71.51214, 45.81539], [-71.52486, 45.82007], [-71.53094, 45.82386], [-71.53897, 45.83361], [-71.54134, 45.84341], [-71.54082, 45.86404], [-71.5436, 45.8745], [-71.55204, 45.8834], [-71.56484, 45.88937], [-71.64914, 45.91368], [-71.66046, 45.91863], [-71.66581, 45.92237], [-71.67285, 45.93024], [-71.68147, 45.94499], [-71.69492, 45.95681], [-71.71831, 45.96841], [-71.72773, 45.97499], [-71.73172, 45.97947], [-71.73553, 45.98958], [-71.73335, 46.00118], [-71.72691, 46.01026], [-71.65918, 46.07562], [-71.65127, 46.0813], [-71.63858, 46.08632], [-71.62587, 46.093], [-71.6181, 46.10263], [-71.60708, 46.12707], [-71.59959, 46.13672], [-71.59253, 46.14174], [-71.56546, 46.1566], [-71.55697, 46.16306], [-71.55192, 46.17104], [-71.53055, 46.22905], [-71.51796, 46.24439], [-71.49763, 46.25853], [-71.48745, 46.27104], [-71.484, 46.28595], [-71.48863, 46.33444], [-71.49114, 46.34233], [-71.32243, 46.34876], [-71.26295, 46.30229], [-71.1579, 46.31633], [-71.12436, 46.28556]]]}', 'approximate');
INSERT INTO public.mrc VALUES (6, 'les-etchemins', 'Les Etchemins', '28', '280', '2428', NULL, '{"type": "Polygon", "coordinates": [[[-70.68439, 46.2846], [-70.68888, 46.30268], [-70.58399, 46.34794], [-70.60407, 46.40235], [-70.54614, 46.44082], [-70.52605, 46.45522], [-70.52828, 46.46707], [-70.54107, 46.49064], [-70.55075, 46.50114], [-70.57554, 46.5347], [-70.56869, 46.55592], [-70.4291, 46.59857], [-70.41327, 46.59693], [-70.36313, 46.63397], [-70.24904, 46.64016], [-70.23204, 46.62776], [-70.18944, 46.59141], [-70.19243, 46.55982], [-70.0518, 46.45156], [-70.15274, 46.32431], [-70.15594, 46.319], [-70.24633, 46.1075], [-70.25309, 46.09493], [-70.31617, 45.99858], [-70.36917, 46.01468], [-70.45875, 46.11147], [-70.45417, 46.14618], [-70.45575, 46.15006], [-70.47227, 46.15726], [-70.52619, 46.17886], [-70.56631, 46.19084], [-70.59018, 46.21155], [-70.59022, 46.21495], [-70.67273, 46.26646], [-70.68439, 46.2846]]]}', 'approximate');
INSERT INTO public.mrc VALUES (7, 'l-islet', 'L''Islet', '17', '170', '2417', NULL, '{"type": "Polygon", "coordinates": [[[-70.43041, 47.09033], [-70.40079, 47.10855], [-70.37517, 47.1282], [-70.30289, 47.21529], [-70.30048, 47.21796], [-70.2141, 47.30662], [-70.20784, 47.31795], [-70.20941, 47.33002], [-70.21852, 47.34039], [-70.22583, 47.34558], [-70.23289, 47.3555], [-70.23345, 47.36655], [-70.22742, 47.37679], [-70.21421, 47.38532], [-70.19863, 47.38948], [-70.18516, 47.38961], [-70.1786, 47.38846], [-70.16685, 47.38392], [-70.16078, 47.37984], [-70.15215, 47.37145], [-70.14174, 47.35591], [-70.12154, 47.34252], [-70.08453, 47.30698], [-70.06787, 47.29783], [-70.05698, 47.29421], [-70.04452, 47.28611], [-69.97952, 47.22194], [-69.96565, 47.21351], [-69.94771, 47.2104], [-69.88814, 47.21008], [-69.84344, 47.21152], [-69.82565, 47.20934], [-69.81547, 47.20557], [-69.66082, 47.12633], [-69.65405, 47.12213], [-69.63386, 47.10704], [-69.62427, 47.09645], [-69.61515, 47.08032], [-69.61184, 47.06805], [-69.61191, 47.04754], [-69.61279, 47.04129], [-69.62591, 46.99417], [-69.63767, 46.97044], [-69.6408, 46.96566], [-69.67725, 46.91992], [-69.82512, 46.74574], [-69.86726, 46.75826], [-70.00337, 46.82217], [-70.07487, 46.81343], [-70.22871, 46.92225], [-70.27489, 46.91487], [-70.35015, 46.93516], [-70.3664, 46.95421], [-70.3664, 47.03636], [-70.40569, 47.06786], [-70.44287, 47.08521], [-70.43041, 47.09033]]]}', 'approximate');
INSERT INTO public.mrc VALUES (8, 'levis', 'Lévis', '251', NULL, '2425', NULL, '{"type": "Polygon", "coordinates": [[[-71.4601, 46.6698], [-71.44919, 46.67851], [-71.43174, 46.70069], [-71.42055, 46.71086], [-71.40559, 46.71784], [-71.37316, 46.72253], [-71.35233, 46.72905], [-71.32897, 46.74056], [-71.29621, 46.74767], [-71.27862, 46.75016], [-71.26771, 46.75345], [-71.23834, 46.76839], [-71.22843, 46.7746], [-71.21033, 46.78944], [-71.20523, 46.79473], [-71.20015, 46.80623], [-71.19955, 46.81405], [-71.19716, 46.8199], [-71.19154, 46.82691], [-71.18173, 46.83295], [-71.16393, 46.83731], [-71.13225, 46.83984], [-71.11088, 46.83957], [-71.04724, 46.84569], [-71.04756, 46.82607], [-71.04282, 46.82226], [-71.03844, 46.81427], [-71.03869, 46.79369], [-71.02731, 46.79599], [-70.9671, 46.81124], [-70.96907, 46.79167], [-70.97135, 46.78417], [-70.97985, 46.76852], [-70.99957, 46.72625], [-71.00256, 46.72715], [-71.06384, 46.72096], [-71.08991, 46.71213], [-71.11755, 46.66972], [-71.11065, 46.63902], [-71.17097, 46.61478], [-71.1776, 46.60825], [-71.25978, 46.60388], [-71.33156, 46.58201], [-71.35322, 46.5979], [-71.37837, 46.61269], [-71.39262, 46.61979], [-71.41182, 46.62699], [-71.42728, 46.63197], [-71.44307, 46.64873], [-71.46912, 46.66696], [-71.4601, 46.6698]]]}', 'approximate');
INSERT INTO public.mrc VALUES (9, 'lotbiniere', 'Lotbinière', '33', '330', '2433', NULL, '{"type": "Polygon", "coordinates": [[[-71.33744, 46.52682], [-71.32193, 46.51909], [-71.18612, 46.52396], [-71.17064, 46.45064], [-71.16731, 46.44848], [-71.15133, 46.4045], [-71.15223, 46.39877], [-71.13506, 46.36322], [-71.1579, 46.31633], [-71.26295, 46.30229], [-71.32243, 46.34876], [-71.49114, 46.34233], [-71.49674, 46.35464], [-71.49823, 46.36285], [-71.50226, 46.37209], [-71.51075, 46.37976], [-71.58801, 46.42827], [-71.6052, 46.43455], [-71.61418, 46.43605], [-71.63125, 46.43625], [-71.65915, 46.43232], [-71.67184, 46.42886], [-71.68204, 46.4226], [-71.68849, 46.41432], [-71.69468, 46.40134], [-71.70422, 46.39037], [-71.71329, 46.38508], [-71.74815, 46.37024], [-71.76561, 46.36609], [-71.779, 46.3666], [-71.79014, 46.36932], [-71.83118, 46.3844], [-71.84553, 46.3924], [-71.86076, 46.40484], [-71.86824, 46.41419], [-71.87034, 46.42007], [-71.87, 46.43074], [-71.86097, 46.45873], [-71.86042, 46.46834], [-71.86481, 46.47747], [-71.87358, 46.48495], [-71.91327, 46.5086], [-71.92719, 46.5145], [-72.00165, 46.53274], [-72.01282, 46.53697], [-72.02276, 46.54418], [-72.02816, 46.55339], [-72.02827, 46.56332], [-72.02032, 46.57587], [-72.00863, 46.58646], [-71.99746, 46.59335], [-71.98039, 46.59924], [-71.971, 46.60524], [-71.96053, 46.61923], [-71.9508, 46.62602], [-71.93821, 46.63001], [-71.92609, 46.63114], [-71.89714, 46.63052], [-71.83485, 46.6243], [-71.81743, 46.62353], [-71.80125, 46.62805], [-71.78915, 46.63359], [-71.76516, 46.64245], [-71.74433, 46.64637], [-71.73118, 46.64536], [-71.71328, 46.6422], [-71.69294, 46.63553], [-71.67997, 46.63208], [-71.66606, 46.63197], [-71.65297, 46.63522], [-71.64235, 46.6414], [-71.63555, 46.64976], [-71.62633, 46.66451], [-71.61713, 46.67112], [-71.61143, 46.67351], [-71.59688, 46.67677], [-71.56027, 46.68119], [-71.54213, 46.6808], [-71.52342, 46.67688], [-71.50719, 46.66982], [-71.492, 46.66502], [-71.47529, 46.66501], [-71.46912, 46.66696], [-71.44307, 46.64873], [-71.42728, 46.63197], [-71.41182, 46.62699], [-71.39262, 46.61979], [-71.37837, 46.61269], [-71.35322, 46.5979], [-71.33156, 46.58201], [-71.33744, 46.52682]]]}', 'approximate');
INSERT INTO public.mrc VALUES (10, 'montmagny', 'Montmagny', '18', '180', '2418', NULL, '{"type": "Polygon", "coordinates": [[[-70.74466, 46.95063], [-70.61971, 46.98917], [-70.61069, 46.99238], [-70.59677, 47.00084], [-70.59009, 47.01277], [-70.57562, 47.08978], [-70.57363, 47.09588], [-70.56784, 47.10362], [-70.55773, 47.11062], [-70.54461, 47.11461], [-70.53028, 47.11502], [-70.51189, 47.11006], [-70.50498, 47.10602], [-70.48453, 47.0916], [-70.47233, 47.08577], [-70.45784, 47.08349], [-70.44287, 47.08521], [-70.40569, 47.06786], [-70.3664, 47.03636], [-70.3664, 46.95421], [-70.35015, 46.93516], [-70.27489, 46.91487], [-70.22871, 46.92225], [-70.07487, 46.81343], [-70.00337, 46.82217], [-69.86726, 46.75826], [-69.82512, 46.74574], [-69.89697, 46.66094], [-69.98813, 46.53207], [-70.0518, 46.45156], [-70.19243, 46.55982], [-70.18944, 46.59141], [-70.23204, 46.62776], [-70.24904, 46.64016], [-70.36313, 46.63397], [-70.37091, 46.66373], [-70.38702, 46.68989], [-70.42701, 46.72351], [-70.49313, 46.73082], [-70.50719, 46.75123], [-70.5377, 46.83621], [-70.62111, 46.8275], [-70.63239, 46.82282], [-70.77286, 46.85055], [-70.7678, 46.89721], [-70.79507, 46.93283], [-70.74466, 46.95063]]]}', 'approximate');


--
-- Data for Name: municipality; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.municipality VALUES (1, '17005', 'Saint-Omer', 'Municipalité', 7, 47.0332, -69.73465, '["Saint-Omer-de-L''Islet"]');
INSERT INTO public.municipality VALUES (2, '17010', 'Saint-Pamphile', 'Ville', 7, 46.9639, -69.7802, '[]');
INSERT INTO public.municipality VALUES (3, '17015', 'Saint-Adalbert', 'Municipalité', 7, 46.8647, -69.8967, '[]');
INSERT INTO public.municipality VALUES (4, '17020', 'Saint-Marcel', 'Municipalité', 7, 46.89685, -70.06235, '["Saint-Marcel-de-L''Islet"]');
INSERT INTO public.municipality VALUES (5, '17025', 'Sainte-Félicité', 'Municipalité', 7, 46.9855, -69.9796, '["Sainte-F\u00e9licit\u00e9-de-L''Islet"]');
INSERT INTO public.municipality VALUES (6, '17030', 'Sainte-Perpétue', 'Municipalité', 7, 47.05925, -69.9279, '["Sainte-Perp\u00e9tue-de-L''Islet"]');
INSERT INTO public.municipality VALUES (7, '17035', 'Tourville', 'Municipalité', 7, 47.09075, -69.97335, '[]');
INSERT INTO public.municipality VALUES (8, '17040', 'Saint-Damase-de-L''Islet', 'Municipalité', 7, 47.1964, -70.1285, '["Saint-Damase-des-Aulnaies"]');
INSERT INTO public.municipality VALUES (9, '17045', 'Saint-Cyrille-de-Lessard', 'Paroisse', 7, 47.0353, -70.2728, '["Saint-Cyrille-de-L''Islet"]');
INSERT INTO public.municipality VALUES (10, '17055', 'Saint-Aubert', 'Municipalité', 7, 47.1818, -70.2171, '[]');
INSERT INTO public.municipality VALUES (11, '17060', 'Sainte-Louise', 'Paroisse', 7, 47.2605, -70.1194, '[]');
INSERT INTO public.municipality VALUES (12, '17065', 'Saint-Roch-des-Aulnaies', 'Paroisse', 7, 47.3133, -70.16045, '[]');
INSERT INTO public.municipality VALUES (13, '17070', 'Saint-Jean-Port-Joli', 'Municipalité', 7, 47.20245, -70.26845, '[]');
INSERT INTO public.municipality VALUES (14, '17078', 'L''Islet', 'Municipalité', 7, 47.1031, -70.3509, '["L''Islet-sur-Mer", "L''Isletville", "Saint-Eug\u00e8ne-de-L''Islet", "Lamartine"]');
INSERT INTO public.municipality VALUES (15, '18005', 'Saint-Just-de-Bretenières', 'Municipalité', 10, 46.567, -70.09415, '[]');
INSERT INTO public.municipality VALUES (16, '18010', 'Lac-Frontière', 'Municipalité', 10, 46.7, -70, '[]');
INSERT INTO public.municipality VALUES (17, '18015', 'Saint-Fabien-de-Panet', 'Paroisse', 10, 46.6614, -70.1517, '[]');
INSERT INTO public.municipality VALUES (18, '18020', 'Sainte-Lucie-de-Beauregard', 'Municipalité', 10, 46.7383, -70.022, '[]');
INSERT INTO public.municipality VALUES (19, '18025', 'Sainte-Apolline-de-Patton', 'Paroisse', 10, 46.80715, -70.19585, '[]');
INSERT INTO public.municipality VALUES (20, '18030', 'Saint-Paul-de-Montminy', 'Municipalité', 10, 46.71465, -70.3322, '[]');
INSERT INTO public.municipality VALUES (21, '18035', 'Sainte-Euphémie-sur-Rivière-du-Sud', 'Municipalité', 10, 46.77, -70.43, '["Sainte-Euph\u00e9mie"]');
INSERT INTO public.municipality VALUES (22, '18040', 'Notre-Dame-du-Rosaire', 'Municipalité', 10, 46.8255, -70.3922, '[]');
INSERT INTO public.municipality VALUES (23, '18045', 'Cap-Saint-Ignace', 'Municipalité', 10, 47.03585, -70.4602, '[]');
INSERT INTO public.municipality VALUES (24, '18050', 'Montmagny', 'Ville', 10, 46.979, -70.55695, '["Saint-Thomas-de-Montmagny"]');
INSERT INTO public.municipality VALUES (25, '18055', 'Saint-Pierre-de-la-Rivière-du-Sud', 'Paroisse', 10, 46.9149, -70.6262, '[]');
INSERT INTO public.municipality VALUES (26, '18060', 'Saint-François-de-la-Rivière-du-Sud', 'Municipalité', 10, 46.887, -70.7141, '[]');
INSERT INTO public.municipality VALUES (27, '18065', 'Berthier-sur-Mer', 'Municipalité', 10, 46.92585, -70.72925, '[]');
INSERT INTO public.municipality VALUES (28, '18070', 'Saint-Antoine-de-l''Isle-aux-Grues', 'Paroisse', 10, 47.08945, -70.5362, '["L''Isle-aux-Grues", "Isle-aux-Grues"]');
INSERT INTO public.municipality VALUES (29, '19005', 'Saint-Philémon', 'Paroisse', 3, 46.68, -70.451, '[]');
INSERT INTO public.municipality VALUES (30, '19010', 'Notre-Dame-Auxiliatrice-de-Buckland', 'Paroisse', 3, 46.6193, -70.5456, '["Buckland"]');
INSERT INTO public.municipality VALUES (31, '19015', 'Saint-Nazaire-de-Dorchester', 'Paroisse', 3, 46.5525, -70.6635, '[]');
INSERT INTO public.municipality VALUES (32, '19020', 'Saint-Léon-de-Standon', 'Paroisse', 3, 46.4729, -70.613, '["Standon"]');
INSERT INTO public.municipality VALUES (33, '19025', 'Saint-Malachie', 'Paroisse', 3, 46.5294, -70.7637, '[]');
INSERT INTO public.municipality VALUES (34, '19030', 'Saint-Damien-de-Buckland', 'Paroisse', 3, 46.6241, -70.6579, '[]');
INSERT INTO public.municipality VALUES (35, '19037', 'Armagh', 'Municipalité', 3, 46.7226, -70.5777, '[]');
INSERT INTO public.municipality VALUES (36, '19045', 'Saint-Nérée-de-Bellechasse', 'Municipalité', 3, 46.7265, -70.7232, '["Saint-N\u00e9r\u00e9e"]');
INSERT INTO public.municipality VALUES (37, '19050', 'Saint-Lazare-de-Bellechasse', 'Municipalité', 3, 46.653, -70.807, '[]');
INSERT INTO public.municipality VALUES (38, '19055', 'Sainte-Claire', 'Municipalité', 3, 46.59785, -70.8631, '[]');
INSERT INTO public.municipality VALUES (39, '19062', 'Saint-Anselme', 'Municipalité', 3, 46.63895, -70.97995, '[]');
INSERT INTO public.municipality VALUES (40, '19068', 'Saint-Henri', 'Municipalité', 3, 46.6919, -71.0673, '["Saint-Henri-de-L\u00e9vis"]');
INSERT INTO public.municipality VALUES (41, '19070', 'Honfleur', 'Municipalité', 3, 46.6543, -70.8804, '[]');
INSERT INTO public.municipality VALUES (42, '19075', 'Saint-Gervais', 'Municipalité', 3, 46.7147, -70.88725, '[]');
INSERT INTO public.municipality VALUES (43, '19082', 'Saint-Raphaël', 'Municipalité', 3, 46.7982, -70.7511, '[]');
INSERT INTO public.municipality VALUES (44, '19090', 'La Durantaye', 'Paroisse', 3, 46.83635, -70.85365, '[]');
INSERT INTO public.municipality VALUES (45, '19097', 'Saint-Charles-de-Bellechasse', 'Municipalité', 3, 46.7757, -70.93815, '[]');
INSERT INTO public.municipality VALUES (46, '19105', 'Beaumont', 'Municipalité', 3, 46.8213, -71.0247, '[]');
INSERT INTO public.municipality VALUES (47, '19110', 'Saint-Michel-de-Bellechasse', 'Municipalité', 3, 46.8714, -70.9173, '[]');
INSERT INTO public.municipality VALUES (48, '19117', 'Saint-Vallier', 'Municipalité', 3, 46.8916, -70.82585, '[]');
INSERT INTO public.municipality VALUES (49, '25213', 'Lévis', 'Ville', 8, 46.8092, -71.1762, '["Saint-Romuald", "Saint-Romuald-d''Etchemin", "Charny", "Saint-Nicolas", "Pintendre", "Saint-Jean-Chrysostome", "Saint-\u00c9tienne-de-Lauzon", "Saint-R\u00e9dempteur", "Lauzon", "Saint-Joseph-de-la-Pointe-de-L\u00e9vy", "Saint-David-de-l''Auberivi\u00e8re", "Breakeyville", "Sainte-H\u00e9l\u00e8ne-de-Breakeyville", "Berni\u00e8res", "Saint-Nicolas-Est", "Desjardins", "Les Chutes-de-la-Chaudi\u00e8re-Est", "Les Chutes-de-la-Chaudi\u00e8re-Ouest"]');
INSERT INTO public.municipality VALUES (50, '26005', 'Frampton', 'Municipalité', 4, 46.46, -70.8064, '[]');
INSERT INTO public.municipality VALUES (51, '26010', 'Saints-Anges', 'Paroisse', 4, 46.4227, -70.8834, '[]');
INSERT INTO public.municipality VALUES (52, '26015', 'Vallée-Jonction', 'Municipalité', 4, 46.3659, -70.925, '[]');
INSERT INTO public.municipality VALUES (53, '26022', 'Saint-Elzéar', 'Municipalité', 4, 46.4066, -71.0599, '["Saint-Elz\u00e9ar-de-Beauce"]');
INSERT INTO public.municipality VALUES (54, '26030', 'Sainte-Marie', 'Ville', 4, 46.4399, -71.01995, '["Sainte-Marie-de-Beauce"]');
INSERT INTO public.municipality VALUES (55, '26035', 'Sainte-Marguerite', 'Paroisse', 4, 46.493, -70.8675, '["Sainte-Marguerite-de-Dorchester"]');
INSERT INTO public.municipality VALUES (56, '26040', 'Sainte-Hénédine', 'Paroisse', 4, 46.5609, -70.9839, '[]');
INSERT INTO public.municipality VALUES (57, '26048', 'Scott', 'Municipalité', 4, 46.508, -71.0754, '["Scott-Jonction"]');
INSERT INTO public.municipality VALUES (58, '26055', 'Saint-Bernard', 'Municipalité', 4, 46.5, -71.13, '[]');
INSERT INTO public.municipality VALUES (59, '26063', 'Saint-Isidore', 'Municipalité', 4, 46.58, -71.09, '[]');
INSERT INTO public.municipality VALUES (60, '26070', 'Saint-Lambert-de-Lauzon', 'Municipalité', 4, 46.5546, -71.2349, '[]');
INSERT INTO public.municipality VALUES (61, '27008', 'Saint-Victor', 'Municipalité', 1, 46.1454, -70.9041, '[]');
INSERT INTO public.municipality VALUES (62, '27015', 'Saint-Alfred', 'Municipalité', 1, 46.15905, -70.82045, '[]');
INSERT INTO public.municipality VALUES (63, '27028', 'Beauceville', 'Ville', 1, 46.2104, -70.7784, '["Beauceville-Est", "Saint-Fran\u00e7ois-de-Beauce", "Saint-Fran\u00e7ois-Ouest"]');
INSERT INTO public.municipality VALUES (64, '27035', 'Saint-Odilon-de-Cranbourne', 'Paroisse', 1, 46.367, -70.683, '["Saint-Odilon"]');
INSERT INTO public.municipality VALUES (65, '27043', 'Saint-Joseph-de-Beauce', 'Ville', 1, 46.3139, -70.8722, '[]');
INSERT INTO public.municipality VALUES (66, '27050', 'Saint-Joseph-des-Érables', 'Municipalité', 1, 46.29, -70.82, '[]');
INSERT INTO public.municipality VALUES (67, '27055', 'Saint-Jules', 'Paroisse', 1, 46.22, -70.95, '[]');
INSERT INTO public.municipality VALUES (68, '27060', 'Tring-Jonction', 'Village', 1, 46.2687, -70.9965, '[]');
INSERT INTO public.municipality VALUES (69, '27065', 'Saint-Frédéric', 'Paroisse', 1, 46.3, -70.967, '[]');
INSERT INTO public.municipality VALUES (70, '27070', 'Saint-Séverin', 'Paroisse', 1, 46.3256, -71.0536, '["Saint-S\u00e9verin-de-Beauce"]');
INSERT INTO public.municipality VALUES (71, '28005', 'Saint-Zacharie', 'Municipalité', 6, 46.1277, -70.36175, '[]');
INSERT INTO public.municipality VALUES (72, '28015', 'Sainte-Aurélie', 'Municipalité', 6, 46.17405, -70.366, '[]');
INSERT INTO public.municipality VALUES (73, '28020', 'Saint-Prosper', 'Municipalité', 6, 46.2128, -70.482, '["Saint-Prosper-de-Dorchester"]');
INSERT INTO public.municipality VALUES (74, '28025', 'Saint-Benjamin', 'Municipalité', 6, 46.2783, -70.6022, '[]');
INSERT INTO public.municipality VALUES (75, '28030', 'Sainte-Rose-de-Watford', 'Municipalité', 6, 46.3183, -70.428, '[]');
INSERT INTO public.municipality VALUES (76, '28035', 'Saint-Louis-de-Gonzague', 'Municipalité', 6, 46.297, -70.3444, '[]');
INSERT INTO public.municipality VALUES (77, '28040', 'Saint-Cyprien', 'Paroisse', 6, 46.3529, -70.2639, '["Saint-Cyprien-des-Etchemins"]');
INSERT INTO public.municipality VALUES (78, '28045', 'Sainte-Justine', 'Municipalité', 6, 46.40895, -70.35005, '[]');
INSERT INTO public.municipality VALUES (79, '28053', 'Lac-Etchemin', 'Municipalité', 6, 46.3982, -70.5055, '["Sainte-Germaine-du-Lac-Etchemin", "Sainte-Germaine-Station"]');
INSERT INTO public.municipality VALUES (80, '28060', 'Saint-Luc-de-Bellechasse', 'Municipalité', 6, 46.50315, -70.46795, '[]');
INSERT INTO public.municipality VALUES (81, '28065', 'Sainte-Sabine', 'Paroisse', 6, 46.4925, -70.353, '["Sainte-Sabine-de-Bellechasse"]');
INSERT INTO public.municipality VALUES (82, '28070', 'Saint-Camille-de-Lellis', 'Paroisse', 6, 46.4935, -70.2136, '[]');
INSERT INTO public.municipality VALUES (83, '28075', 'Saint-Magloire', 'Municipalité', 6, 46.57625, -70.2893, '[]');
INSERT INTO public.municipality VALUES (84, '29005', 'Saint-Théophile', 'Municipalité', 2, 45.9369, -70.4854, '[]');
INSERT INTO public.municipality VALUES (85, '29013', 'Saint-Gédéon-de-Beauce', 'Municipalité', 2, 45.84825, -70.61435, '[]');
INSERT INTO public.municipality VALUES (86, '29020', 'Saint-Hilaire-de-Dorset', 'Paroisse', 2, 45.89, -70.8, '[]');
INSERT INTO public.municipality VALUES (87, '29027', 'Courcelles–Saint-Évariste', 'Municipalité', 2, 45.87195, -70.9813, '["Courcelles", "Saint-\u00c9variste-de-Forsyth", "Saint-\u00c9variste"]');
INSERT INTO public.municipality VALUES (88, '29030', 'La Guadeloupe', 'Village', 2, 45.9609, -70.94075, '[]');
INSERT INTO public.municipality VALUES (89, '29038', 'Saint-Honoré-de-Shenley', 'Municipalité', 2, 45.9508, -70.8026, '[]');
INSERT INTO public.municipality VALUES (90, '29045', 'Saint-Martin', 'Paroisse', 2, 45.95755, -70.6557, '[]');
INSERT INTO public.municipality VALUES (91, '29050', 'Saint-René', 'Paroisse', 2, 46.017, -70.617, '[]');
INSERT INTO public.municipality VALUES (92, '29057', 'Saint-Côme–Linière', 'Municipalité', 2, 46.0586, -70.5182, '["Saint-C\u00f4me", "Lini\u00e8re", "Saint-C\u00f4me-de-Kennebec"]');
INSERT INTO public.municipality VALUES (93, '29065', 'Saint-Philibert', 'Municipalité', 2, 46.1377, -70.5481, '[]');
INSERT INTO public.municipality VALUES (94, '29073', 'Saint-Georges', 'Ville', 2, 46.11605, -70.6668, '["Saint-Georges-de-Beauce", "Saint-Georges-Est", "Saint-Georges-Ouest", "Aubert-Gallion"]');
INSERT INTO public.municipality VALUES (95, '29095', 'Lac-Poulin', 'Village', 2, 46.1, -70.817, '[]');
INSERT INTO public.municipality VALUES (96, '29100', 'Saint-Benoît-Labre', 'Municipalité', 2, 46.0703, -70.7917, '[]');
INSERT INTO public.municipality VALUES (97, '29112', 'Saint-Éphrem-de-Beauce', 'Municipalité', 2, 46.05655, -70.9464, '["Saint-\u00c9phrem"]');
INSERT INTO public.municipality VALUES (98, '29120', 'Notre-Dame-des-Pins', 'Paroisse', 2, 46.1845, -70.7084, '[]');
INSERT INTO public.municipality VALUES (99, '29125', 'Saint-Simon-les-Mines', 'Municipalité', 2, 46.217, -70.683, '[]');
INSERT INTO public.municipality VALUES (100, '31008', 'Beaulac-Garthby', 'Municipalité', 5, 45.8614, -71.4294, '["Beaulac", "Garthby"]');
INSERT INTO public.municipality VALUES (101, '31015', 'Disraeli', 'Ville', 5, 45.9075, -71.3609, '[]');
INSERT INTO public.municipality VALUES (102, '31020', 'Disraeli', 'Paroisse', 5, 45.93, -71.33, '[]');
INSERT INTO public.municipality VALUES (103, '31025', 'Saint-Jacques-le-Majeur-de-Wolfestown', 'Paroisse', 5, 45.95, -71.6, '["Saint-Jacques-le-Majeur", "Wolfestown"]');
INSERT INTO public.municipality VALUES (104, '31030', 'Saint-Fortunat', 'Municipalité', 5, 46.0046, -71.6461, '[]');
INSERT INTO public.municipality VALUES (105, '31035', 'Saint-Julien', 'Municipalité', 5, 45.995, -71.528, '[]');
INSERT INTO public.municipality VALUES (106, '31040', 'Irlande', 'Municipalité', 5, 46.07185, -71.48485, '[]');
INSERT INTO public.municipality VALUES (107, '31045', 'Saint-Joseph-de-Coleraine', 'Municipalité', 5, 45.9751, -71.36025, '["Coleraine"]');
INSERT INTO public.municipality VALUES (108, '31050', 'Sainte-Praxède', 'Paroisse', 5, 45.902, -71.256, '[]');
INSERT INTO public.municipality VALUES (109, '31056', 'Adstock', 'Municipalité', 5, 46.0499, -71.0728, '["Saint-M\u00e9thode-de-Frontenac", "Saint-M\u00e9thode", "Sacr\u00e9-C\u0153ur-de-Marie"]');
INSERT INTO public.municipality VALUES (110, '31060', 'Sainte-Clotilde-de-Beauce', 'Municipalité', 5, 46.133, -71.033, '[]');
INSERT INTO public.municipality VALUES (111, '31084', 'Thetford Mines', 'Ville', 5, 46.1025, -71.2977, '["Black Lake", "Robertsonville", "Thetford-Sud", "Pontbriand"]');
INSERT INTO public.municipality VALUES (112, '31095', 'Saint-Adrien-d''Irlande', 'Municipalité', 5, 46.1116, -71.4508, '[]');
INSERT INTO public.municipality VALUES (113, '31100', 'Saint-Jean-de-Brébeuf', 'Municipalité', 5, 46.183, -71.467, '[]');
INSERT INTO public.municipality VALUES (114, '31105', 'Kinnear''s Mills', 'Municipalité', 5, 46.2395, -71.3757, '[]');
INSERT INTO public.municipality VALUES (115, '31122', 'East Broughton', 'Municipalité', 5, 46.22575, -71.07915, '["East Broughton Station"]');
INSERT INTO public.municipality VALUES (116, '31130', 'Sacré-Cœur-de-Jésus', 'Paroisse', 5, 46.2, -71.1, '["Sacr\u00e9-Coeur-de-J\u00e9sus"]');
INSERT INTO public.municipality VALUES (117, '31135', 'Saint-Pierre-de-Broughton', 'Municipalité', 5, 46.25, -71.2, '[]');
INSERT INTO public.municipality VALUES (118, '31140', 'Saint-Jacques-de-Leeds', 'Municipalité', 5, 46.29, -71.36, '[]');
INSERT INTO public.municipality VALUES (119, '33007', 'Saint-Sylvestre', 'Municipalité', 9, 46.367, -71.233, '[]');
INSERT INTO public.municipality VALUES (120, '33017', 'Sainte-Agathe-de-Lotbinière', 'Municipalité', 9, 46.4043, -71.3692, '[]');
INSERT INTO public.municipality VALUES (121, '33025', 'Saint-Patrice-de-Beaurivage', 'Municipalité', 9, 46.42, -71.24, '[]');
INSERT INTO public.municipality VALUES (122, '33030', 'Saint-Narcisse-de-Beaurivage', 'Paroisse', 9, 46.49, -71.23, '[]');
INSERT INTO public.municipality VALUES (123, '33035', 'Saint-Gilles', 'Paroisse', 9, 46.4511, -71.3438, '[]');
INSERT INTO public.municipality VALUES (124, '33040', 'Dosquet', 'Municipalité', 9, 46.4662, -71.5279, '[]');
INSERT INTO public.municipality VALUES (125, '33045', 'Saint-Agapit', 'Municipalité', 9, 46.5646, -71.433, '[]');
INSERT INTO public.municipality VALUES (126, '33052', 'Saint-Flavien', 'Municipalité', 9, 46.49, -71.6, '[]');
INSERT INTO public.municipality VALUES (127, '33060', 'Laurier-Station', 'Village', 9, 46.5373, -71.6301, '[]');
INSERT INTO public.municipality VALUES (128, '33065', 'Saint-Janvier-de-Joly', 'Municipalité', 9, 46.483, -71.667, '["Joly"]');
INSERT INTO public.municipality VALUES (129, '33070', 'Val-Alain', 'Municipalité', 9, 46.4104, -71.7561, '[]');
INSERT INTO public.municipality VALUES (130, '33080', 'Saint-Édouard-de-Lotbinière', 'Paroisse', 9, 46.567, -71.833, '[]');
INSERT INTO public.municipality VALUES (131, '33085', 'Notre-Dame-du-Sacré-Cœur-d''Issoudun', 'Paroisse', 9, 46.58, -71.63, '["Issoudun", "Notre-Dame-du-Sacr\u00e9-Coeur-d''Issoudun"]');
INSERT INTO public.municipality VALUES (132, '33090', 'Saint-Apollinaire', 'Municipalité', 9, 46.61, -71.52, '[]');
INSERT INTO public.municipality VALUES (133, '33095', 'Saint-Antoine-de-Tilly', 'Municipalité', 9, 46.66, -71.58, '[]');
INSERT INTO public.municipality VALUES (134, '33102', 'Sainte-Croix', 'Municipalité', 9, 46.6218, -71.7372, '["Sainte-Croix-de-Lotbini\u00e8re"]');
INSERT INTO public.municipality VALUES (135, '33115', 'Lotbinière', 'Municipalité', 9, 46.6164, -71.9348, '[]');
INSERT INTO public.municipality VALUES (136, '33123', 'Leclercville', 'Municipalité', 9, 46.5732, -71.9925, '[]');


--
-- Data for Name: place; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.place VALUES (2, 'friperie-de-la-traverse', 'Friperie de la Traverse', 'Friperie solidaire près du quai de la traverse : vêtements pour toute la famille à petit prix, triés par des bénévoles.', 'Community thrift shop near the ferry wharf: low-priced clothing for the whole family, sorted by volunteers.', 'friperie', '88, côte du Passage (secteur Lévis)', 49, 'G6V 2K8', 8, 46.8134, -71.1715, 'postal_code', 'postal_code', '418 555-0102', 'friperie-de-la-traverse@example.org', 'https://example.org/friperie-de-la-traverse', 'Tu-Sa 10:00-17:00; Th 10:00-20:00', '', '', 'null', 'published', true, 'Démonstration : données fictives', '2026-12-01 22:45:48.01526', '2026-12-01 22:45:48.015272', NULL, 1);
INSERT INTO public.place VALUES (3, 'comptoir-le-panier-partage', 'Comptoir familial Le Panier partagé', 'Comptoir familial tenu par des bénévoles : vêtements, vaisselle, jouets et livres à prix modiques pour les familles du secteur.', 'Volunteer-run community thrift store: clothing, dishes, toys and books at modest prices for local families.', 'comptoir', '615, route Marie-Victorin (secteur Saint-Nicolas)', 49, 'G7A 5E7', 8, 46.7102, -71.3327, 'postal_code', 'postal_code', '418 555-0103', 'comptoir-le-panier-partage@example.org', 'https://example.org/comptoir-le-panier-partage', 'We-Fr 13:00-16:30; Th 13:00-20:00; Sa 09:30-12:00', '', '', 'null', 'published', true, 'Démonstration : données fictives', '2026-12-01 22:45:48.048525', '2026-12-01 22:45:48.048533', NULL, 1);
INSERT INTO public.place VALUES (4, 'atelier-velo-relais', 'Atelier Vélo-Relais', 'Atelier coopératif de réparation de vélos : mise au point, pièces usagées et vélos remis à neuf par des jeunes en formation.', 'Cooperative bicycle repair workshop: tune-ups, used parts and bikes refurbished by young trainees.', 'atelier', '1240, avenue des Églises (secteur Charny)', 49, 'G6X 1W8', 8, 46.717, -71.2693, 'postal_code', 'postal_code', '581 555-0104', 'atelier-velo-relais@example.org', 'https://example.org/atelier-velo-relais', 'Apr-Oct: Tu-Fr 10:00-18:00; Apr-Oct: Sa 10:00-16:00; Nov-Mar: Th-Fr 12:00-17:00', 'Horaire réduit de novembre à mars.', 'Reduced hours from November to March.', 'null', 'published', true, 'Démonstration : données fictives', '2026-12-01 22:45:48.082963', '2026-12-01 22:45:48.082971', NULL, 1);
INSERT INTO public.place VALUES (5, 'bouquinerie-le-signet-voyageur', 'Bouquinerie Le Signet voyageur', 'Bouquinerie d''économie sociale : romans, essais, bandes dessinées et disques d''occasion; les profits soutiennent l''alphabétisation.', 'Social-economy used bookstore: novels, non-fiction, comics and records; profits support literacy programs.', 'bouquinerie', '5790, boulevard Alphonse-Desjardins (secteur Desjardins)', 49, 'G6V 2K9', 8, 46.814, -71.1712, 'postal_code', 'postal_code', '418 555-0105', 'bouquinerie-le-signet-voyageur@example.org', 'https://example.org/bouquinerie-le-signet-voyageur', 'Mo-We 10:00-17:30; Th-Fr 10:00-21:00; Sa 10:00-17:00; Su 12:00-17:00', '', '', 'null', 'published', true, 'Démonstration : données fictives', '2026-12-01 22:45:48.11313', '2026-12-01 22:45:48.113138', NULL, 1);
INSERT INTO public.place VALUES (6, 'ecocentre-du-ruisseau-rouge', 'Écocentre du Ruisseau-Rouge', 'Écocentre pour les résidents : matériaux de rénovation, résidus domestiques dangereux, appareils électroniques et électroménagers.', 'Drop-off depot for residents: renovation materials, household hazardous waste, electronics and appliances.', 'ecocentre', '1450, avenue Taniata (secteur Saint-Jean-Chrysostome)', 49, 'G6Z 0B5', 8, 46.7217, -71.201, 'postal_code', 'postal_code', '418 555-0106', 'ecocentre-du-ruisseau-rouge@example.org', 'https://example.org/ecocentre-du-ruisseau-rouge', 'Apr-Nov: Mo-Sa 08:00-17:00; Dec-Mar: Tu-Sa 09:00-16:00', 'Horaire d''hiver de décembre à mars.', 'Winter hours from December to March.', 'null', 'published', true, 'Démonstration : données fictives', '2026-12-01 22:45:48.140714', '2026-12-01 22:45:48.140723', NULL, 1);
INSERT INTO public.place VALUES (7, 'ressourcerie-le-coffre-a-tresors', 'Ressourcerie Le Coffre à trésors', 'Grande ressourcerie beauceronne : meubles, électroménagers, vêtements et articles de sport; ramassage à domicile sur rendez-vous.', 'Large Beauce reuse centre: furniture, appliances, clothing and sports gear; home pickup by appointment.', 'ressourcerie', '11850, 1re Avenue', 94, 'G5Y 6N2', 2, 46.1173, -70.6682, 'postal_code', 'postal_code', '418 555-0107', 'ressourcerie-le-coffre-a-tresors@example.org', 'https://example.org/ressourcerie-le-coffre-a-tresors', 'Mo-Fr 09:00-17:00; Th 09:00-20:00; Sa 09:00-16:00', '', '', '{"radius_km": 25}', 'published', true, 'Démonstration : données fictives', '2026-12-01 22:45:48.169968', '2026-12-01 22:45:48.169978', NULL, 1);
INSERT INTO public.place VALUES (8, 'friperie-fil-a-fil', 'Friperie Fil à fil', 'Friperie qui donne une deuxième vie aux vêtements et au linge de maison, avec un coin dédié aux tout-petits.', 'Thrift shop giving a second life to clothing and household linens, with a corner for little ones.', 'friperie', '425, 118e Rue', 94, 'G5Z 0E1', 2, 46.1111, -70.6385, 'postal_code', 'postal_code', '418 555-0108', 'friperie-fil-a-fil@example.org', 'https://example.org/friperie-fil-a-fil', 'Tu-Fr 10:00-17:00; Sa 10:00-15:00', '', '', 'null', 'published', true, 'Démonstration : données fictives', '2026-12-01 22:45:48.193277', '2026-12-01 22:45:48.193285', NULL, 1);
INSERT INTO public.place VALUES (9, 'atelier-repare-tout-sartigan', 'Atelier Répare-Tout Sartigan', 'Atelier d''insertion qui répare et reconditionne électroménagers et appareils électroniques, vendus ensuite avec garantie.', 'Work-integration workshop that repairs and refurbishes appliances and electronics, then resells them with a warranty.', 'atelier', '2280, boulevard Dionne', 94, 'G6A 1A1', 2, 46.1379, -70.6715, 'postal_code', 'postal_code', '418 555-0109', 'atelier-repare-tout-sartigan@example.org', 'https://example.org/atelier-repare-tout-sartigan', 'Mo-Fr 08:30-12:00,13:00-17:00', '', '', 'null', 'published', true, 'Démonstration : données fictives', '2026-12-01 22:45:48.242583', '2026-12-01 22:45:48.242596', NULL, 1);
INSERT INTO public.place VALUES (10, 'materiaux-le-madrier', 'Matériaux récupérés Le Madrier', 'Magasin de matériaux de construction récupérés : portes, fenêtres, bois, céramique et outils pour les rénovateurs à petit budget.', 'Salvaged building-materials store: doors, windows, lumber, tiles and tools for renovators on a budget.', 'autre', '3050, boulevard Lacroix', 94, 'G5Y 4N9', 2, 46.1162, -70.6705, 'postal_code', 'postal_code', '581 555-0110', 'materiaux-le-madrier@example.org', 'https://example.org/materiaux-le-madrier', 'Tu-Fr 09:00-17:00; Sa 09:00-12:00', '', '', 'null', 'published', true, 'Démonstration : données fictives', '2026-12-01 22:45:48.280768', '2026-12-01 22:45:48.280776', NULL, 1);
INSERT INTO public.place VALUES (11, 'comptoir-la-courtepointe', 'Comptoir familial La Courtepointe', 'Petit comptoir familial de village : vêtements, vaisselle et jouets, avec bons d''achat pour les familles dans le besoin.', 'Small village community thrift store: clothing, dishes and toys, with vouchers for families in need.', 'comptoir', '112, rue de l''Église', 90, 'G0M 1B0', 2, 45.9556, -70.6551, 'postal_code', 'postal_code', '418 555-0111', 'comptoir-la-courtepointe@example.org', 'https://example.org/comptoir-la-courtepointe', 'We 13:00-16:00; Th 13:00-20:00; Sa 09:00-12:00', '', '', 'null', 'published', true, 'Démonstration : données fictives', '2026-12-01 22:45:48.312553', '2026-12-01 22:45:48.312561', NULL, 1);
INSERT INTO public.place VALUES (12, 'ecocentre-des-trois-rangs', 'Écocentre des Trois-Rangs', 'Écocentre saisonnier desservant le sud de la MRC : matériaux, peinture, huiles et appareils électroniques.', 'Seasonal drop-off depot serving the south of the MRC: building materials, paint, oils and electronics.', 'ecocentre', '630, route 204', 88, 'G0M 1G0', 2, 45.961, -70.9445, 'postal_code', 'postal_code', '418 555-0112', 'ecocentre-des-trois-rangs@example.org', 'https://example.org/ecocentre-des-trois-rangs', 'May-Oct: We-Sa 08:00-16:00', 'Fermé de novembre à avril.', 'Closed from November to April.', 'null', 'published', true, 'Démonstration : données fictives', '2026-12-01 22:45:48.34469', '2026-12-01 22:45:48.344698', NULL, 1);
INSERT INTO public.place VALUES (13, 'ressourcerie-la-roue-de-secours', 'Ressourcerie La Roue de secours', 'Ressourcerie régionale : collecte, tri et revente d''objets de maison; ramassage des gros morceaux partout dans Beauce-Centre.', 'Regional reuse centre: collection, sorting and resale of household goods; pickup of bulky items throughout Beauce-Centre.', 'ressourcerie', '205, boulevard Renault', 63, 'G5X 2Y8', 1, 46.2103, -70.7782, 'postal_code', 'postal_code', '418 555-0113', 'ressourcerie-la-roue-de-secours@example.org', 'https://example.org/ressourcerie-la-roue-de-secours', 'Tu-Fr 09:00-17:00; Sa 09:00-16:00', '', '', '{"mrcs": ["beauce-centre"]}', 'published', true, 'Démonstration : données fictives', '2026-12-01 22:45:48.380254', '2026-12-01 22:45:48.380263', NULL, 1);
INSERT INTO public.place VALUES (14, 'comptoir-les-mains-tendues', 'Comptoir familial Les Mains tendues', 'Comptoir familial paroissial devenu organisme communautaire : vêtements, literie et articles pour bébés.', 'Former parish thrift store, now a community organization: clothing, bedding and baby items.', 'comptoir', '1015, avenue du Palais', 65, 'G0S 2V0', 1, 46.3139, -70.8722, 'postal_code', 'postal_code', '418 555-0114', 'comptoir-les-mains-tendues@example.org', 'https://example.org/comptoir-les-mains-tendues', 'Tu 13:00-16:00; Th 13:00-16:00,18:30-20:30; Sa 09:00-12:00', '', '', 'null', 'published', true, 'Démonstration : données fictives', '2026-12-01 22:45:48.416618', '2026-12-01 22:45:48.416626', NULL, 1);
INSERT INTO public.place VALUES (15, 'friperie-le-bas-de-laine', 'Friperie Le Bas de laine', 'Friperie de village aux prix doux : vêtements d''hiver, tricots et linge d''enfants.', 'Village thrift shop with gentle prices: winter wear, knits and children''s clothes.', 'friperie', '287, rue Principale', 61, 'G0M 0B1', 1, 46.1454, -70.9041, 'postal_code', 'postal_code', '418 555-0115', 'friperie-le-bas-de-laine@example.org', 'https://example.org/friperie-le-bas-de-laine', 'We-Fr 12:00-17:00; Sa 10:00-14:00', '', '', 'null', 'published', true, 'Démonstration : données fictives', '2026-12-01 22:45:48.440216', '2026-12-01 22:45:48.440222', NULL, 1);
INSERT INTO public.place VALUES (16, 'ecocentre-de-la-riviere-gilbert', 'Écocentre de la Rivière-Gilbert', 'Écocentre saisonnier : matériaux secs, métal, peinture, résidus domestiques dangereux et produits électroniques.', 'Seasonal drop-off depot: dry materials, metal, paint, household hazardous waste and electronics.', 'ecocentre', '4100, route 112', 68, 'G0N 1X0', 1, 46.2687, -70.9965, 'postal_code', 'postal_code', '418 555-0116', 'ecocentre-de-la-riviere-gilbert@example.org', 'https://example.org/ecocentre-de-la-riviere-gilbert', 'Apr-Nov: Th-Sa 08:00-16:00', '', '', 'null', 'published', true, 'Démonstration : données fictives', '2026-12-01 22:45:48.463528', '2026-12-01 22:45:48.463537', NULL, 1);
INSERT INTO public.place VALUES (17, 'comptoir-la-huche', 'Comptoir familial La Huche', 'Comptoir familial bénévole ouvert sur rendez-vous : vêtements, vaisselle et articles pour enfants.', 'Volunteer community thrift store open by appointment: clothing, dishes and children''s items.', 'comptoir', '140, rue Principale', 37, 'G0R 0G2', 3, 46.653, -70.807, 'postal_code', 'postal_code', '418 555-0117', 'comptoir-la-huche@example.org', 'https://example.org/comptoir-la-huche', '', 'Sur rendez-vous seulement; téléphonez la veille.', 'By appointment only; call the day before.', 'null', 'published', true, 'Démonstration : données fictives', '2026-12-01 22:45:48.48459', '2026-12-01 22:45:48.484599', NULL, 1);
INSERT INTO public.place VALUES (18, 'ressourcerie-les-trouvailles', 'Ressourcerie Les Trouvailles', 'Ressourcerie de Bellechasse : meubles, décoration, livres et articles de sport; ramassage à domicile dans la MRC et à Lévis.', 'Bellechasse reuse centre: furniture, decor, books and sports gear; home pickup in the MRC and in Lévis.', 'ressourcerie', '55, route Bégin', 39, 'G0R 0C2', 3, 46.6297, -70.9697, 'postal_code', 'postal_code', '418 555-0118', 'ressourcerie-les-trouvailles@example.org', 'https://example.org/ressourcerie-les-trouvailles', 'Mo-Fr 09:00-16:30; Sa 10:00-15:00', '', '', '{"mrcs": ["bellechasse", "levis"]}', 'published', true, 'Démonstration : données fictives', '2026-12-01 22:45:48.515702', '2026-12-01 22:45:48.51571', NULL, 1);
INSERT INTO public.place VALUES (19, 'friperie-le-vieux-coton', 'Friperie Le Vieux Coton', 'Friperie et atelier de couture : vêtements retouchés, retailles de tissu et linge de maison.', 'Thrift shop and sewing workshop: altered clothing, fabric scraps and household linens.', 'friperie', '75, route Saint-Gérard', 34, 'G0R 0C3', 3, 46.6241, -70.6579, 'postal_code', 'postal_code', '418 555-0119', 'friperie-le-vieux-coton@example.org', 'https://example.org/friperie-le-vieux-coton', 'Tu-Th 12:00-16:30; Fr 12:00-20:00', '', '', 'null', 'published', true, 'Démonstration : données fictives', '2026-12-01 22:45:48.554047', '2026-12-01 22:45:48.554055', NULL, 1);
INSERT INTO public.place VALUES (20, 'atelier-remonte-pente', 'Atelier coopératif Remonte-Pente', 'Atelier coopératif où l''on répare vélos, skis et petits outils avec l''aide de bénévoles passionnés.', 'Cooperative workshop where bikes, skis and small tools are repaired with the help of keen volunteers.', 'atelier', '120, rue Principale', 38, 'G0R 2V0', 3, 46.5942, -70.8606, 'postal_code', 'postal_code', '581 555-0120', 'atelier-remonte-pente@example.org', 'https://example.org/atelier-remonte-pente', 'Tu-Fr 13:00-18:00; Sa 09:00-13:00', '', '', 'null', 'published', true, 'Démonstration : données fictives', '2026-12-01 22:45:48.588796', '2026-12-01 22:45:48.588805', NULL, 1);
INSERT INTO public.place VALUES (21, 'ressourcerie-le-grenier-du-vachon', 'Ressourcerie Le Grenier du Vachon', 'Ressourcerie de La Nouvelle-Beauce : grand entrepôt de meubles, électroménagers et articles de maison d''occasion.', 'La Nouvelle-Beauce reuse centre: large warehouse of second-hand furniture, appliances and household goods.', 'ressourcerie', '1120, boulevard Vachon Nord', 54, 'G6E 1G2', 4, 46.4434, -71.0226, 'postal_code', 'postal_code', '418 555-0121', 'ressourcerie-le-grenier-du-vachon@example.org', 'https://example.org/ressourcerie-le-grenier-du-vachon', 'Tu-Fr 09:00-17:00; Th 09:00-20:00; Sa 09:00-16:00', '', '', '{"radius_km": 20}', 'published', true, 'Démonstration : données fictives', '2026-12-01 22:45:48.637013', '2026-12-01 22:45:48.637021', NULL, 1);
INSERT INTO public.place VALUES (22, 'recup-info-nouvelle-beauce', 'Récup-Info Nouvelle-Beauce', 'Entreprise d''insertion qui reconditionne ordinateurs et cellulaires; effacement sécurisé des données et vente d''appareils remis à neuf.', 'Work-integration business refurbishing computers and phones; secure data wiping and sale of refurbished devices.', 'autre', '233, rue Notre-Dame Nord', 54, 'G6E 2E2', 4, 46.442, -71.022, 'postal_code', 'postal_code', '418 555-0122', 'recup-info-nouvelle-beauce@example.org', 'https://example.org/recup-info-nouvelle-beauce', 'Mo-Fr 09:00-16:00', '', '', 'null', 'published', true, 'Démonstration : données fictives', '2026-12-01 22:45:48.650131', '2026-12-01 22:45:48.65014', NULL, 1);
INSERT INTO public.place VALUES (23, 'comptoir-la-navette', 'Comptoir familial La Navette', 'Comptoir familial près de l''ancienne gare : vêtements, livres, jouets et petits articles de cuisine.', 'Community thrift store near the old train station: clothing, books, toys and small kitchen items.', 'comptoir', '250, rue Principale', 52, 'G0S 3J0', 4, 46.3659, -70.925, 'postal_code', 'postal_code', '418 555-0123', 'comptoir-la-navette@example.org', 'https://example.org/comptoir-la-navette', 'We-Fr 13:00-16:00; Sa 09:00-12:00', '', '', 'null', 'published', true, 'Démonstration : données fictives', '2026-12-01 22:45:48.667165', '2026-12-01 22:45:48.667176', NULL, 1);
INSERT INTO public.place VALUES (24, 'ecocentre-des-erables', 'Écocentre des Érables', 'Écocentre saisonnier pour les citoyens de la MRC : matériaux de construction, peinture et appareils hors d''usage.', 'Seasonal drop-off depot for MRC residents: building materials, paint and broken appliances.', 'ecocentre', '1010, route du Président-Kennedy', 57, 'G0S 3G0', 4, 46.508, -71.0754, 'postal_code', 'postal_code', '418 555-0124', 'ecocentre-des-erables@example.org', 'https://example.org/ecocentre-des-erables', 'Apr-Nov: Tu-Sa 08:00-16:00', '', '', 'null', 'published', true, 'Démonstration : données fictives', '2026-12-01 22:45:48.682588', '2026-12-01 22:45:48.682595', NULL, 1);
INSERT INTO public.place VALUES (25, 'ressourcerie-le-second-souffle', 'Ressourcerie Le Second Souffle', 'Ressourcerie des Appalaches : meubles, vaisselle, vêtements, jouets et vélos remis en état par son équipe d''insertion.', 'Appalaches reuse centre: furniture, dishes, clothing, toys and bikes restored by its work-integration team.', 'ressourcerie', '1085, boulevard Frontenac Ouest', 111, 'G6G 1T6', 5, 46.1018, -71.2977, 'postal_code', 'postal_code', '418 555-0125', 'ressourcerie-le-second-souffle@example.org', 'https://example.org/ressourcerie-le-second-souffle', 'Tu-Fr 09:00-17:00; Fr 09:00-20:00; Sa 10:00-16:00', '', '', '{"mrcs": ["les-appalaches"]}', 'published', true, 'Démonstration : données fictives', '2026-12-01 22:45:48.698758', '2026-12-01 22:45:48.698765', NULL, 1);
INSERT INTO public.place VALUES (26, 'bouquinerie-la-page-tournee', 'Bouquinerie La Page tournée', 'Bouquinerie communautaire : livres, bandes dessinées, films et vinyles; coin lecture pour les enfants.', 'Community used bookstore: books, comics, films and vinyl; reading corner for children.', 'bouquinerie', '214, rue Notre-Dame Ouest', 111, 'G6G 1T7', 5, 46.1023, -71.2967, 'postal_code', 'postal_code', '418 555-0126', 'bouquinerie-la-page-tournee@example.org', 'https://example.org/bouquinerie-la-page-tournee', 'Tu-Sa 10:00-17:00; Fr 10:00-20:00', '', '', 'null', 'published', true, 'Démonstration : données fictives', '2026-12-01 22:45:48.747993', '2026-12-01 22:45:48.748003', NULL, 1);
INSERT INTO public.place VALUES (27, 'comptoir-le-pont-couvert', 'Comptoir familial Le Pont-Couvert', 'Comptoir familial au cœur de la ville : vêtements, articles de cuisine, décoration et jouets.', 'Community thrift store downtown: clothing, kitchenware, decor and toys.', 'comptoir', '850, avenue Champlain', 101, 'G0N 1E0', 5, 45.9075, -71.3609, 'postal_code', 'postal_code', '418 555-0127', 'comptoir-le-pont-couvert@example.org', 'https://example.org/comptoir-le-pont-couvert', 'Tu-Th 13:00-16:00; Sa 09:30-12:00', '', '', 'null', 'published', true, 'Démonstration : données fictives', '2026-12-01 22:45:48.768983', '2026-12-01 22:45:48.768991', NULL, 1);
INSERT INTO public.place VALUES (28, 'ecocentre-du-rang-des-sapins', 'Écocentre du Rang-des-Sapins', 'Petit écocentre saisonnier : matériaux, résidus domestiques dangereux, électronique et appareils ménagers.', 'Small seasonal drop-off depot: building materials, household hazardous waste, electronics and appliances.', 'ecocentre', '2310, chemin des Cerfs', 109, 'G0N 1S0', 5, 46.0499, -71.0728, 'postal_code', 'postal_code', '418 555-0128', 'ecocentre-du-rang-des-sapins@example.org', 'https://example.org/ecocentre-du-rang-des-sapins', 'May-Oct: Fr-Sa 08:00-16:00', 'Fermé de novembre à avril.', 'Closed from November to April.', 'null', 'published', true, 'Démonstration : données fictives', '2026-12-01 22:45:48.784294', '2026-12-01 22:45:48.784303', NULL, 1);
INSERT INTO public.place VALUES (29, 'ressourcerie-la-boite-a-surprises', 'Ressourcerie La Boîte à surprises', 'Ressourcerie des Etchemins : objets de maison, meubles et matériel de plein air; ramassage partout dans la MRC.', 'Etchemins reuse centre: household goods, furniture and outdoor gear; pickup anywhere in the MRC.', 'ressourcerie', '1560, route 277', 79, 'G0R 1S0', 6, 46.3972, -70.5102, 'postal_code', 'postal_code', '418 555-0129', 'ressourcerie-la-boite-a-surprises@example.org', 'https://example.org/ressourcerie-la-boite-a-surprises', 'Tu-Fr 09:00-16:30; Th 09:00-20:00; Sa 09:00-15:00', '', '', '{"mrcs": ["les-etchemins"]}', 'published', true, 'Démonstration : données fictives', '2026-12-01 22:45:48.798992', '2026-12-01 22:45:48.798999', NULL, 1);
INSERT INTO public.place VALUES (30, 'friperie-l-etoffe-du-sud', 'Friperie L''Étoffe du Sud', 'Friperie solidaire : vêtements, accessoires et linge de maison à petits prix.', 'Community thrift shop: clothing, accessories and household linens at low prices.', 'friperie', '2605, route 204', 73, 'G0X 3A0', 6, 46.2128, -70.479, 'postal_code', 'postal_code', '418 555-0130', 'friperie-l-etoffe-du-sud@example.org', 'https://example.org/friperie-l-etoffe-du-sud', 'Th-Fr 12:00-20:00; Sa 10:00-15:00', '', '', 'null', 'published', true, 'Démonstration : données fictives', '2026-12-01 22:45:48.811159', '2026-12-01 22:45:48.811167', NULL, 1);
INSERT INTO public.place VALUES (31, 'ecocentre-de-la-montagne-grise', 'Écocentre de la Montagne-Grise', 'Écocentre saisonnier : résidus de construction, peinture, huiles usées, piles et appareils électroniques.', 'Seasonal drop-off depot: construction waste, paint, used oil, batteries and electronics.', 'ecocentre', '390, route 204', 78, 'G0R 1Y0', 6, 46.4105, -70.3466, 'postal_code', 'postal_code', '418 555-0131', 'ecocentre-de-la-montagne-grise@example.org', 'https://example.org/ecocentre-de-la-montagne-grise', 'Apr-Nov: We,Sa 08:00-16:00', '', '', 'null', 'published', true, 'Démonstration : données fictives', '2026-12-01 22:45:48.822264', '2026-12-01 22:45:48.822271', NULL, 1);
INSERT INTO public.place VALUES (32, 'ressourcerie-maree-haute', 'Ressourcerie Marée haute', 'Ressourcerie du littoral : meubles, objets d''art populaire, vaisselle et vêtements; ramassage dans un rayon de 15 km.', 'Riverside reuse centre: furniture, folk-art objects, dishes and clothing; pickup within 15 km.', 'ressourcerie', '480, avenue de Gaspé Ouest', 13, 'G0R 3G0', 7, 47.1895, -70.2675, 'postal_code', 'postal_code', '418 555-0132', 'ressourcerie-maree-haute@example.org', 'https://example.org/ressourcerie-maree-haute', 'Tu-Sa 09:30-17:00', '', '', '{"radius_km": 15}', 'published', true, 'Démonstration : données fictives', '2026-12-01 22:45:48.836007', '2026-12-01 22:45:48.836016', NULL, 1);
INSERT INTO public.place VALUES (33, 'friperie-le-fil-d-ariane', 'Friperie Le Fil d''Ariane', 'Friperie du haut-pays : vêtements de travail, vêtements d''hiver et articles pour enfants.', 'Upland thrift shop: work clothes, winter wear and children''s items.', 'friperie', '95, rue Principale', 2, 'G0R 3X0', 7, 46.9608, -69.7786, 'postal_code', 'postal_code', '418 555-0133', 'friperie-le-fil-d-ariane@example.org', 'https://example.org/friperie-le-fil-d-ariane', 'We-Fr 13:00-17:00; Th 13:00-20:00', '', '', 'null', 'published', true, 'Démonstration : données fictives', '2026-12-01 22:45:48.943517', '2026-12-01 22:45:48.943525', NULL, 1);
INSERT INTO public.place VALUES (34, 'atelier-le-tournevis', 'Atelier de réparation Le Tournevis', 'Atelier de réparation de petits électroménagers, d''appareils électroniques et de vélos; formation d''apprentis.', 'Repair workshop for small appliances, electronics and bicycles; trains apprentices.', 'atelier', '260, boulevard Nilus-Leclerc', 14, 'G0R 2B0', 7, 47.1145, -70.3835, 'postal_code', 'postal_code', '418 555-0134', 'atelier-le-tournevis@example.org', 'https://example.org/atelier-le-tournevis', 'Mo-Fr 08:00-12:00,13:00-17:00', '', '', 'null', 'published', true, 'Démonstration : données fictives', '2026-12-01 22:45:48.983584', '2026-12-01 22:45:48.983593', NULL, 1);
INSERT INTO public.place VALUES (35, 'ressourcerie-le-carrefour-des-trouvailles', 'Ressourcerie Le Carrefour des trouvailles', 'Ressourcerie de Lotbinière : meubles, électroménagers, articles de sport et décoration; ramassage dans toute la MRC.', 'Lotbinière reuse centre: furniture, appliances, sports gear and decor; pickup throughout the MRC.', 'ressourcerie', '135, boulevard Laurier', 127, 'G0S 1N0', 9, 46.5373, -71.6301, 'postal_code', 'postal_code', '418 555-0135', 'ressourcerie-le-carrefour-des-trouvailles@example.org', 'https://example.org/ressourcerie-le-carrefour-des-trouvailles', 'Tu-Fr 09:00-17:00; Sa 09:00-16:00', '', '', '{"mrcs": ["lotbiniere"]}', 'published', true, 'Démonstration : données fictives', '2026-12-01 22:45:49.024576', '2026-12-01 22:45:49.024585', NULL, 1);
INSERT INTO public.place VALUES (36, 'comptoir-la-cordee', 'Comptoir familial La Cordée', 'Comptoir familial animé par des bénévoles : vêtements, articles de bébé, vaisselle et livres.', 'Volunteer-run community thrift store: clothing, baby items, dishes and books.', 'comptoir', '6290, rue Principale', 134, 'G0S 2H0', 9, 46.6218, -71.7372, 'postal_code', 'postal_code', '418 555-0136', 'comptoir-la-cordee@example.org', 'https://example.org/comptoir-la-cordee', 'Tu,Th 13:00-16:00; Sa 09:00-12:00', '', '', 'null', 'published', true, 'Démonstration : données fictives', '2026-12-01 22:45:49.055172', '2026-12-01 22:45:49.055181', NULL, 1);
INSERT INTO public.place VALUES (37, 'friperie-seconde-peau', 'Friperie Seconde Peau', 'Friperie tendance : vêtements, chaussures et accessoires sélectionnés, avec une section pour bébés.', 'Trendy thrift shop: selected clothing, shoes and accessories, with a baby section.', 'friperie', '1205, avenue Bergeron', 125, 'G0S 1Z0', 9, 46.5646, -71.433, 'postal_code', 'postal_code', '581 555-0137', 'friperie-seconde-peau@example.org', 'https://example.org/friperie-seconde-peau', 'We-Fr 10:00-17:00; Th 10:00-20:00; Sa 10:00-15:00', '', '', 'null', 'published', true, 'Démonstration : données fictives', '2026-12-01 22:45:49.080169', '2026-12-01 22:45:49.080177', NULL, 1);
INSERT INTO public.place VALUES (38, 'ecocentre-de-la-riviere-du-chene', 'Écocentre de la Rivière-du-Chêne', 'Écocentre saisonnier : matériaux secs, bois, métal, peinture et résidus domestiques dangereux.', 'Seasonal drop-off depot: dry materials, wood, metal, paint and household hazardous waste.', 'ecocentre', '230, route Saint-Joseph', 124, 'G0S 1H0', 9, 46.4662, -71.5279, 'postal_code', 'postal_code', '418 555-0138', 'ecocentre-de-la-riviere-du-chene@example.org', 'https://example.org/ecocentre-de-la-riviere-du-chene', 'Apr-Nov: Tu-Sa 08:00-16:00', '', '', 'null', 'published', true, 'Démonstration : données fictives', '2026-12-01 22:45:49.114832', '2026-12-01 22:45:49.114841', NULL, 1);
INSERT INTO public.place VALUES (39, 'ressourcerie-l-escale', 'Ressourcerie L''Escale', 'Ressourcerie de la Côte-du-Sud : meubles, vêtements, livres et électroménagers; ramassage à Montmagny et dans L''Islet.', 'Côte-du-Sud reuse centre: furniture, clothing, books and appliances; pickup in Montmagny and L''Islet.', 'ressourcerie', '115, boulevard Taché Ouest', 24, 'G5V 0G6', 10, 46.9787, -70.5572, 'postal_code', 'postal_code', '418 555-0139', 'ressourcerie-l-escale@example.org', 'https://example.org/ressourcerie-l-escale', 'Mo-Fr 09:00-17:00; Th 09:00-20:00; Sa 10:00-16:00', '', '', '{"mrcs": ["montmagny", "l-islet"]}', 'published', true, 'Démonstration : données fictives', '2026-12-01 22:45:49.159896', '2026-12-01 22:45:49.159909', NULL, 1);
INSERT INTO public.place VALUES (40, 'atelier-la-chaine', 'Atelier vélo La Chaîne', 'Atelier vélo communautaire : réparations, vélos usagés remis à neuf et cours d''entretien.', 'Community bike workshop: repairs, refurbished used bikes and maintenance classes.', 'atelier', '42, rue Saint-Jean-Baptiste Est', 24, 'G5V 1N1', 10, 46.9792, -70.5575, 'postal_code', 'postal_code', '418 555-0140', 'atelier-la-chaine@example.org', 'https://example.org/atelier-la-chaine', 'Apr-Oct: Tu-Sa 09:00-17:00; Nov-Mar: Sa 10:00-15:00', 'Horaire réduit l''hiver.', 'Reduced hours in winter.', 'null', 'published', true, 'Démonstration : données fictives', '2026-12-01 22:45:49.205424', '2026-12-01 22:45:49.205438', NULL, 1);
INSERT INTO public.place VALUES (41, 'friperie-la-corde-a-linge', 'Friperie La Corde à linge', 'Friperie de village : vêtements pour toute la famille, literie et rideaux.', 'Village thrift shop: clothing for the whole family, bedding and curtains.', 'friperie', '310, chemin des Pionniers Ouest', 23, 'G0R 1H0', 10, 47.0353, -70.46, 'postal_code', 'postal_code', '418 555-0141', 'friperie-la-corde-a-linge@example.org', 'https://example.org/friperie-la-corde-a-linge', 'Tu-Fr 12:00-17:00; Sa 09:00-13:00', '', '', 'null', 'published', true, 'Démonstration : données fictives', '2026-12-01 22:45:49.248833', '2026-12-01 22:45:49.248842', NULL, 1);
INSERT INTO public.place VALUES (42, 'ecocentre-de-la-riviere-noire', 'Écocentre de la Rivière-Noire', 'Écocentre saisonnier du sud de la MRC : matériaux, peinture, piles, huiles et appareils électroniques.', 'Seasonal drop-off depot in the south of the MRC: materials, paint, batteries, oils and electronics.', 'ecocentre', '50, route 283', 17, 'G0R 2J0', 10, 46.668, -70.1568, 'postal_code', 'postal_code', '418 555-0142', 'ecocentre-de-la-riviere-noire@example.org', 'https://example.org/ecocentre-de-la-riviere-noire', 'May-Oct: We,Sa 08:00-15:00', 'Fermé de novembre à avril.', 'Closed from November to April.', 'null', 'published', true, 'Démonstration : données fictives', '2026-12-01 22:45:49.30546', '2026-12-01 22:45:49.305471', NULL, 1);
INSERT INTO public.place VALUES (1, 'ressourcerie-du-littoral', 'Ressourcerie du Littoral', 'Ressourcerie de quartier qui trie, répare et revend meubles, vêtements et articles de maison; ses revenus financent des stages d''insertion en emploi.', 'Neighbourhood reuse centre that sorts, repairs and resells furniture, clothing and household goods; its revenue funds job-integration internships.', 'ressourcerie', '2150, chemin du Sault (secteur Saint-Romuald)', 49, 'G6W 2X6', 8, 46.7576, -71.2258, 'postal_code', 'postal_code', '418 555-0199', 'ressourcerie-du-littoral@example.org', 'https://example.org/ressourcerie-du-littoral', 'Tu-Fr 09:00-17:00; Th 09:00-20:00; Sa 10:00-16:00', 'Fermé les jours fériés', 'Drop-offs accepted until 30 minutes before closing.', '{"mrcs": ["levis"]}', 'published', true, 'Démonstration : données fictives', '2026-12-01 22:45:47.964413', '2026-12-01 22:45:50.040976', NULL, 2);


--
-- Data for Name: place_revision; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.place_revision VALUES (1, 1, 1, '2026-12-01 22:45:50.092886', 'update', '[{"field": "phone", "before": "418 555-0101", "after": "418 555-0199"}, {"field": "hours_note_fr", "before": "D\u00e9p\u00f4ts accept\u00e9s jusqu''\u00e0 30 minutes avant la fermeture.", "after": "Ferm\u00e9 les jours f\u00e9ri\u00e9s"}]', NULL);


--
-- Data for Name: place_type; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.place_type VALUES ('ressourcerie', 'Ressourcerie', 'Reuse centre (ressourcerie)', 10, '#2E7D32');
INSERT INTO public.place_type VALUES ('friperie', 'Friperie', 'Second-hand clothing store', 20, '#AD1457');
INSERT INTO public.place_type VALUES ('comptoir', 'Comptoir familial', 'Community thrift store (comptoir familial)', 30, '#1565C0');
INSERT INTO public.place_type VALUES ('ecocentre', 'Écocentre', 'Eco-centre (drop-off depot)', 40, '#5D4037');
INSERT INTO public.place_type VALUES ('bouquinerie', 'Bouquinerie', 'Second-hand bookstore', 50, '#6A1B9A');
INSERT INTO public.place_type VALUES ('atelier', 'Atelier de réparation', 'Repair workshop', 60, '#B23C00');
INSERT INTO public.place_type VALUES ('autre', 'Autre', 'Other', 70, '#455A64');


--
-- Data for Name: proposition; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.proposition VALUES (1, 1, 'donner', 'Propres et en bon état. Matelas, sommiers et téléviseurs à tube refusés.', 'Clean and in good condition. Mattresses, box springs and tube TVs are refused.');
INSERT INTO public.proposition VALUES (2, 1, 'ramassage', 'Sur rendez-vous, gros meubles et électroménagers fonctionnels seulement.', 'By appointment; large furniture and working appliances only.');
INSERT INTO public.proposition VALUES (3, 1, 'acheter', '', '');
INSERT INTO public.proposition VALUES (4, 2, 'donner', 'Vêtements lavés, dans des sacs fermés. Sous-vêtements usagés refusés.', 'Washed clothes in closed bags. Used underwear is refused.');
INSERT INTO public.proposition VALUES (5, 2, 'acheter', '', '');
INSERT INTO public.proposition VALUES (6, 3, 'donner', 'Propres et en bon état.', 'Clean and in good condition.');
INSERT INTO public.proposition VALUES (7, 3, 'acheter', '', '');
INSERT INTO public.proposition VALUES (8, 4, 'reparer', 'Estimation gratuite; pièces usagées offertes lorsque possible.', 'Free estimate; used parts offered when possible.');
INSERT INTO public.proposition VALUES (9, 4, 'donner', 'Vélos complets ou pièces, même brisés.', 'Whole bikes or parts, even broken.');
INSERT INTO public.proposition VALUES (10, 4, 'acheter', '', '');
INSERT INTO public.proposition VALUES (11, 5, 'donner', 'Livres en bon état. Encyclopédies et manuels scolaires périmés refusés.', 'Books in good condition. Encyclopedias and outdated textbooks are refused.');
INSERT INTO public.proposition VALUES (12, 5, 'acheter', '', '');
INSERT INTO public.proposition VALUES (13, 6, 'donner', 'Preuve de résidence exigée. Matériaux triés par catégorie à l''arrivée; aucun déchet domestique.', 'Proof of residence required. Materials sorted by type on arrival; no household garbage.');
INSERT INTO public.proposition VALUES (14, 7, 'donner', 'Propres et en bon état. Matelas et sièges d''auto refusés.', 'Clean and in good condition. Mattresses and car seats are refused.');
INSERT INTO public.proposition VALUES (15, 7, 'ramassage', 'Gratuit dans un rayon de 25 km; meubles en bon état seulement.', 'Free within 25 km; furniture in good condition only.');
INSERT INTO public.proposition VALUES (16, 7, 'acheter', '', '');
INSERT INTO public.proposition VALUES (17, 8, 'donner', 'Lavés et sans taches; vêtements saisonniers acceptés toute l''année.', 'Washed and stain-free; seasonal clothing accepted all year.');
INSERT INTO public.proposition VALUES (18, 8, 'acheter', '', '');
INSERT INTO public.proposition VALUES (19, 9, 'reparer', 'Diagnostic à petit prix, sur rendez-vous.', 'Low-cost diagnosis, by appointment.');
INSERT INTO public.proposition VALUES (20, 9, 'donner', 'Appareils de moins de 15 ans, même défectueux.', 'Appliances under 15 years old, even faulty.');
INSERT INTO public.proposition VALUES (21, 9, 'acheter', '', '');
INSERT INTO public.proposition VALUES (22, 10, 'donner', 'Matériaux propres et réutilisables; rien de moisi ni de contaminé.', 'Clean, reusable materials; nothing mouldy or contaminated.');
INSERT INTO public.proposition VALUES (23, 10, 'acheter', '', '');
INSERT INTO public.proposition VALUES (24, 11, 'donner', 'Propres et en bon état.', 'Clean and in good condition.');
INSERT INTO public.proposition VALUES (25, 11, 'acheter', '', '');
INSERT INTO public.proposition VALUES (26, 12, 'donner', 'Preuve de résidence exigée. Matériaux triés par catégorie à l''arrivée; aucun déchet domestique.', 'Proof of residence required. Materials sorted by type on arrival; no household garbage.');
INSERT INTO public.proposition VALUES (27, 13, 'donner', 'Propres et en bon état. Matelas refusés.', 'Clean and in good condition. Mattresses are refused.');
INSERT INTO public.proposition VALUES (28, 13, 'ramassage', 'Sur rendez-vous; frais de 20 $ hors Beauceville.', 'By appointment; $20 fee outside Beauceville.');
INSERT INTO public.proposition VALUES (29, 13, 'acheter', '', '');
INSERT INTO public.proposition VALUES (30, 14, 'donner', 'Propres et en bon état. Sièges d''auto expirés refusés.', 'Clean and in good condition. Expired car seats are refused.');
INSERT INTO public.proposition VALUES (31, 14, 'acheter', '', '');
INSERT INTO public.proposition VALUES (32, 15, 'donner', 'Propres et en bon état.', 'Clean and in good condition.');
INSERT INTO public.proposition VALUES (33, 15, 'acheter', '', '');
INSERT INTO public.proposition VALUES (34, 16, 'donner', 'Preuve de résidence exigée. Matériaux triés par catégorie à l''arrivée; aucun déchet domestique.', 'Proof of residence required. Materials sorted by type on arrival; no household garbage.');
INSERT INTO public.proposition VALUES (35, 17, 'donner', 'Propres et en bon état.', 'Clean and in good condition.');
INSERT INTO public.proposition VALUES (36, 17, 'acheter', '', '');
INSERT INTO public.proposition VALUES (37, 18, 'donner', 'Propres et en bon état. Matelas et meubles rembourrés tachés refusés.', 'Clean and in good condition. Mattresses and stained upholstered furniture are refused.');
INSERT INTO public.proposition VALUES (38, 18, 'ramassage', 'Ramassage le mardi et le jeudi, sur rendez-vous.', 'Pickup on Tuesdays and Thursdays, by appointment.');
INSERT INTO public.proposition VALUES (39, 18, 'acheter', '', '');
INSERT INTO public.proposition VALUES (40, 19, 'donner', 'Lavés; tissus et retailles acceptés pour l''atelier de couture.', 'Washed; fabric and scraps welcome for the sewing workshop.');
INSERT INTO public.proposition VALUES (41, 19, 'acheter', '', '');
INSERT INTO public.proposition VALUES (42, 19, 'reparer', 'Retouches et réparations simples à prix modique.', 'Alterations and simple mending at low cost.');
INSERT INTO public.proposition VALUES (43, 20, 'reparer', 'Outils et conseils sur place; pièces au prix coûtant.', 'Tools and advice on site; parts at cost.');
INSERT INTO public.proposition VALUES (44, 20, 'donner', 'Même brisés : ils servent de pièces.', 'Even broken: they are used for parts.');
INSERT INTO public.proposition VALUES (45, 20, 'acheter', '', '');
INSERT INTO public.proposition VALUES (46, 21, 'donner', 'Propres et en bon état. Matelas refusés; électroménagers fonctionnels seulement.', 'Clean and in good condition. Mattresses refused; working appliances only.');
INSERT INTO public.proposition VALUES (47, 21, 'ramassage', 'Dans un rayon de 20 km, sur rendez-vous.', 'Within 20 km, by appointment.');
INSERT INTO public.proposition VALUES (48, 21, 'acheter', '', '');
INSERT INTO public.proposition VALUES (49, 22, 'donner', 'Ordinateurs, portables, écrans et cellulaires; données effacées de façon sécurisée.', 'Computers, laptops, monitors and phones; data securely wiped.');
INSERT INTO public.proposition VALUES (50, 22, 'reparer', 'Réparation d''ordinateurs et de téléphones, sur rendez-vous.', 'Computer and phone repair, by appointment.');
INSERT INTO public.proposition VALUES (51, 22, 'acheter', '', '');
INSERT INTO public.proposition VALUES (52, 23, 'donner', 'Propres et en bon état.', 'Clean and in good condition.');
INSERT INTO public.proposition VALUES (53, 23, 'acheter', '', '');
INSERT INTO public.proposition VALUES (54, 24, 'donner', 'Preuve de résidence exigée. Matériaux triés par catégorie à l''arrivée; aucun déchet domestique.', 'Proof of residence required. Materials sorted by type on arrival; no household garbage.');
INSERT INTO public.proposition VALUES (55, 25, 'donner', 'Propres et en bon état. Matelas et sièges d''auto refusés.', 'Clean and in good condition. Mattresses and car seats are refused.');
INSERT INTO public.proposition VALUES (56, 25, 'ramassage', 'Sur rendez-vous dans toute la MRC.', 'By appointment throughout the MRC.');
INSERT INTO public.proposition VALUES (57, 25, 'acheter', '', '');
INSERT INTO public.proposition VALUES (58, 26, 'donner', 'Livres et disques en bon état; pas de revues de plus de deux ans.', 'Books and records in good condition; no magazines over two years old.');
INSERT INTO public.proposition VALUES (59, 26, 'acheter', '', '');
INSERT INTO public.proposition VALUES (60, 27, 'donner', 'Propres et en bon état.', 'Clean and in good condition.');
INSERT INTO public.proposition VALUES (61, 27, 'acheter', '', '');
INSERT INTO public.proposition VALUES (62, 28, 'donner', 'Preuve de résidence exigée. Matériaux triés par catégorie à l''arrivée; aucun déchet domestique.', 'Proof of residence required. Materials sorted by type on arrival; no household garbage.');
INSERT INTO public.proposition VALUES (63, 29, 'donner', 'Propres et en bon état. Matelas refusés.', 'Clean and in good condition. Mattresses are refused.');
INSERT INTO public.proposition VALUES (64, 29, 'ramassage', 'Une fois par semaine selon le secteur.', 'Once a week depending on the area.');
INSERT INTO public.proposition VALUES (65, 29, 'acheter', '', '');
INSERT INTO public.proposition VALUES (66, 30, 'donner', 'Propres et en bon état.', 'Clean and in good condition.');
INSERT INTO public.proposition VALUES (67, 30, 'acheter', '', '');
INSERT INTO public.proposition VALUES (68, 31, 'donner', 'Preuve de résidence exigée. Matériaux triés par catégorie à l''arrivée; aucun déchet domestique.', 'Proof of residence required. Materials sorted by type on arrival; no household garbage.');
INSERT INTO public.proposition VALUES (69, 32, 'donner', 'Propres et en bon état.', 'Clean and in good condition.');
INSERT INTO public.proposition VALUES (70, 32, 'ramassage', 'Meubles en bon état seulement, sur rendez-vous.', 'Furniture in good condition only, by appointment.');
INSERT INTO public.proposition VALUES (71, 32, 'acheter', '', '');
INSERT INTO public.proposition VALUES (72, 33, 'donner', 'Propres et en bon état.', 'Clean and in good condition.');
INSERT INTO public.proposition VALUES (73, 33, 'acheter', '', '');
INSERT INTO public.proposition VALUES (74, 34, 'reparer', 'Estimation avant toute réparation.', 'Estimate before any repair.');
INSERT INTO public.proposition VALUES (75, 34, 'acheter', '', '');
INSERT INTO public.proposition VALUES (76, 35, 'donner', 'Propres et en bon état. Matelas et téléviseurs à tube refusés.', 'Clean and in good condition. Mattresses and tube TVs are refused.');
INSERT INTO public.proposition VALUES (77, 35, 'ramassage', 'Sur rendez-vous, un jour par semaine par secteur.', 'By appointment, one day a week per area.');
INSERT INTO public.proposition VALUES (78, 35, 'acheter', '', '');
INSERT INTO public.proposition VALUES (79, 36, 'donner', 'Propres et en bon état. Sièges d''auto refusés.', 'Clean and in good condition. Car seats are refused.');
INSERT INTO public.proposition VALUES (80, 36, 'acheter', '', '');
INSERT INTO public.proposition VALUES (81, 37, 'donner', 'Propres et en bon état.', 'Clean and in good condition.');
INSERT INTO public.proposition VALUES (82, 37, 'acheter', '', '');
INSERT INTO public.proposition VALUES (83, 38, 'donner', 'Preuve de résidence exigée. Matériaux triés par catégorie à l''arrivée; aucun déchet domestique.', 'Proof of residence required. Materials sorted by type on arrival; no household garbage.');
INSERT INTO public.proposition VALUES (84, 39, 'donner', 'Propres et en bon état. Matelas refusés.', 'Clean and in good condition. Mattresses are refused.');
INSERT INTO public.proposition VALUES (85, 39, 'ramassage', 'Sur rendez-vous; gros meubles en bon état seulement.', 'By appointment; large furniture in good condition only.');
INSERT INTO public.proposition VALUES (86, 39, 'acheter', '', '');
INSERT INTO public.proposition VALUES (87, 40, 'reparer', 'Réparation sur place; apportez votre vélo propre.', 'Repairs on site; please bring your bike clean.');
INSERT INTO public.proposition VALUES (88, 40, 'donner', 'Vélos d''adultes et d''enfants, même incomplets.', 'Adult and children''s bikes, even incomplete.');
INSERT INTO public.proposition VALUES (89, 40, 'acheter', '', '');
INSERT INTO public.proposition VALUES (90, 41, 'donner', 'Propres et en bon état.', 'Clean and in good condition.');
INSERT INTO public.proposition VALUES (91, 41, 'acheter', '', '');
INSERT INTO public.proposition VALUES (92, 42, 'donner', 'Preuve de résidence exigée. Matériaux triés par catégorie à l''arrivée; aucun déchet domestique.', 'Proof of residence required. Materials sorted by type on arrival; no household garbage.');


--
-- Data for Name: proposition_category; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.proposition_category VALUES (3, 'meubles');
INSERT INTO public.proposition_category VALUES (3, 'vetements');
INSERT INTO public.proposition_category VALUES (3, 'textiles-maison');
INSERT INTO public.proposition_category VALUES (3, 'cuisine');
INSERT INTO public.proposition_category VALUES (3, 'decoration');
INSERT INTO public.proposition_category VALUES (3, 'livres-medias');
INSERT INTO public.proposition_category VALUES (3, 'jouets');
INSERT INTO public.proposition_category VALUES (3, 'sport-plein-air');
INSERT INTO public.proposition_category VALUES (3, 'electromenagers');
INSERT INTO public.proposition_category VALUES (3, 'electronique');
INSERT INTO public.proposition_category VALUES (3, 'outils');
INSERT INTO public.proposition_category VALUES (2, 'meubles');
INSERT INTO public.proposition_category VALUES (2, 'electromenagers');
INSERT INTO public.proposition_category VALUES (1, 'meubles');
INSERT INTO public.proposition_category VALUES (1, 'vetements');
INSERT INTO public.proposition_category VALUES (1, 'textiles-maison');
INSERT INTO public.proposition_category VALUES (1, 'cuisine');
INSERT INTO public.proposition_category VALUES (1, 'decoration');
INSERT INTO public.proposition_category VALUES (1, 'livres-medias');
INSERT INTO public.proposition_category VALUES (1, 'jouets');
INSERT INTO public.proposition_category VALUES (1, 'sport-plein-air');
INSERT INTO public.proposition_category VALUES (1, 'electronique');
INSERT INTO public.proposition_category VALUES (1, 'outils');
INSERT INTO public.proposition_category VALUES (5, 'vetements');
INSERT INTO public.proposition_category VALUES (5, 'textiles-maison');
INSERT INTO public.proposition_category VALUES (5, 'bebe-enfants');
INSERT INTO public.proposition_category VALUES (4, 'vetements');
INSERT INTO public.proposition_category VALUES (4, 'textiles-maison');
INSERT INTO public.proposition_category VALUES (4, 'bebe-enfants');
INSERT INTO public.proposition_category VALUES (6, 'vetements');
INSERT INTO public.proposition_category VALUES (6, 'bebe-enfants');
INSERT INTO public.proposition_category VALUES (6, 'cuisine');
INSERT INTO public.proposition_category VALUES (6, 'jouets');
INSERT INTO public.proposition_category VALUES (6, 'textiles-maison');
INSERT INTO public.proposition_category VALUES (6, 'livres-medias');
INSERT INTO public.proposition_category VALUES (7, 'vetements');
INSERT INTO public.proposition_category VALUES (7, 'bebe-enfants');
INSERT INTO public.proposition_category VALUES (7, 'cuisine');
INSERT INTO public.proposition_category VALUES (7, 'jouets');
INSERT INTO public.proposition_category VALUES (7, 'textiles-maison');
INSERT INTO public.proposition_category VALUES (7, 'livres-medias');
INSERT INTO public.proposition_category VALUES (8, 'velos');
INSERT INTO public.proposition_category VALUES (10, 'velos');
INSERT INTO public.proposition_category VALUES (10, 'sport-plein-air');
INSERT INTO public.proposition_category VALUES (9, 'velos');
INSERT INTO public.proposition_category VALUES (9, 'sport-plein-air');
INSERT INTO public.proposition_category VALUES (12, 'livres-medias');
INSERT INTO public.proposition_category VALUES (11, 'livres-medias');
INSERT INTO public.proposition_category VALUES (13, 'materiaux');
INSERT INTO public.proposition_category VALUES (13, 'peinture-rdd');
INSERT INTO public.proposition_category VALUES (13, 'electronique');
INSERT INTO public.proposition_category VALUES (13, 'electromenagers');
INSERT INTO public.proposition_category VALUES (13, 'outils');
INSERT INTO public.proposition_category VALUES (16, 'meubles');
INSERT INTO public.proposition_category VALUES (16, 'vetements');
INSERT INTO public.proposition_category VALUES (16, 'textiles-maison');
INSERT INTO public.proposition_category VALUES (16, 'cuisine');
INSERT INTO public.proposition_category VALUES (16, 'decoration');
INSERT INTO public.proposition_category VALUES (16, 'livres-medias');
INSERT INTO public.proposition_category VALUES (16, 'jouets');
INSERT INTO public.proposition_category VALUES (16, 'sport-plein-air');
INSERT INTO public.proposition_category VALUES (16, 'electromenagers');
INSERT INTO public.proposition_category VALUES (16, 'bebe-enfants');
INSERT INTO public.proposition_category VALUES (15, 'meubles');
INSERT INTO public.proposition_category VALUES (15, 'electromenagers');
INSERT INTO public.proposition_category VALUES (14, 'meubles');
INSERT INTO public.proposition_category VALUES (14, 'vetements');
INSERT INTO public.proposition_category VALUES (14, 'textiles-maison');
INSERT INTO public.proposition_category VALUES (14, 'cuisine');
INSERT INTO public.proposition_category VALUES (14, 'decoration');
INSERT INTO public.proposition_category VALUES (14, 'livres-medias');
INSERT INTO public.proposition_category VALUES (14, 'jouets');
INSERT INTO public.proposition_category VALUES (14, 'sport-plein-air');
INSERT INTO public.proposition_category VALUES (14, 'electromenagers');
INSERT INTO public.proposition_category VALUES (14, 'bebe-enfants');
INSERT INTO public.proposition_category VALUES (18, 'vetements');
INSERT INTO public.proposition_category VALUES (18, 'textiles-maison');
INSERT INTO public.proposition_category VALUES (18, 'bebe-enfants');
INSERT INTO public.proposition_category VALUES (17, 'vetements');
INSERT INTO public.proposition_category VALUES (17, 'textiles-maison');
INSERT INTO public.proposition_category VALUES (17, 'bebe-enfants');
INSERT INTO public.proposition_category VALUES (19, 'electromenagers');
INSERT INTO public.proposition_category VALUES (19, 'electronique');
INSERT INTO public.proposition_category VALUES (20, 'electromenagers');
INSERT INTO public.proposition_category VALUES (20, 'electronique');
INSERT INTO public.proposition_category VALUES (21, 'electromenagers');
INSERT INTO public.proposition_category VALUES (21, 'electronique');
INSERT INTO public.proposition_category VALUES (23, 'materiaux');
INSERT INTO public.proposition_category VALUES (23, 'outils');
INSERT INTO public.proposition_category VALUES (23, 'decoration');
INSERT INTO public.proposition_category VALUES (22, 'materiaux');
INSERT INTO public.proposition_category VALUES (22, 'outils');
INSERT INTO public.proposition_category VALUES (25, 'vetements');
INSERT INTO public.proposition_category VALUES (25, 'textiles-maison');
INSERT INTO public.proposition_category VALUES (25, 'cuisine');
INSERT INTO public.proposition_category VALUES (25, 'jouets');
INSERT INTO public.proposition_category VALUES (25, 'bebe-enfants');
INSERT INTO public.proposition_category VALUES (24, 'vetements');
INSERT INTO public.proposition_category VALUES (24, 'textiles-maison');
INSERT INTO public.proposition_category VALUES (24, 'cuisine');
INSERT INTO public.proposition_category VALUES (24, 'jouets');
INSERT INTO public.proposition_category VALUES (24, 'bebe-enfants');
INSERT INTO public.proposition_category VALUES (26, 'materiaux');
INSERT INTO public.proposition_category VALUES (26, 'peinture-rdd');
INSERT INTO public.proposition_category VALUES (26, 'electronique');
INSERT INTO public.proposition_category VALUES (26, 'electromenagers');
INSERT INTO public.proposition_category VALUES (27, 'meubles');
INSERT INTO public.proposition_category VALUES (27, 'vetements');
INSERT INTO public.proposition_category VALUES (27, 'textiles-maison');
INSERT INTO public.proposition_category VALUES (27, 'cuisine');
INSERT INTO public.proposition_category VALUES (27, 'decoration');
INSERT INTO public.proposition_category VALUES (27, 'livres-medias');
INSERT INTO public.proposition_category VALUES (27, 'jouets');
INSERT INTO public.proposition_category VALUES (27, 'sport-plein-air');
INSERT INTO public.proposition_category VALUES (27, 'outils');
INSERT INTO public.proposition_category VALUES (27, 'velos');
INSERT INTO public.proposition_category VALUES (28, 'meubles');
INSERT INTO public.proposition_category VALUES (28, 'electromenagers');
INSERT INTO public.proposition_category VALUES (28, 'sport-plein-air');
INSERT INTO public.proposition_category VALUES (29, 'meubles');
INSERT INTO public.proposition_category VALUES (29, 'vetements');
INSERT INTO public.proposition_category VALUES (29, 'textiles-maison');
INSERT INTO public.proposition_category VALUES (29, 'cuisine');
INSERT INTO public.proposition_category VALUES (29, 'decoration');
INSERT INTO public.proposition_category VALUES (29, 'livres-medias');
INSERT INTO public.proposition_category VALUES (29, 'jouets');
INSERT INTO public.proposition_category VALUES (29, 'sport-plein-air');
INSERT INTO public.proposition_category VALUES (29, 'outils');
INSERT INTO public.proposition_category VALUES (29, 'velos');
INSERT INTO public.proposition_category VALUES (29, 'electromenagers');
INSERT INTO public.proposition_category VALUES (30, 'vetements');
INSERT INTO public.proposition_category VALUES (30, 'textiles-maison');
INSERT INTO public.proposition_category VALUES (30, 'bebe-enfants');
INSERT INTO public.proposition_category VALUES (30, 'cuisine');
INSERT INTO public.proposition_category VALUES (31, 'vetements');
INSERT INTO public.proposition_category VALUES (31, 'textiles-maison');
INSERT INTO public.proposition_category VALUES (31, 'bebe-enfants');
INSERT INTO public.proposition_category VALUES (31, 'cuisine');
INSERT INTO public.proposition_category VALUES (33, 'vetements');
INSERT INTO public.proposition_category VALUES (33, 'textiles-maison');
INSERT INTO public.proposition_category VALUES (33, 'bebe-enfants');
INSERT INTO public.proposition_category VALUES (32, 'vetements');
INSERT INTO public.proposition_category VALUES (32, 'textiles-maison');
INSERT INTO public.proposition_category VALUES (32, 'bebe-enfants');
INSERT INTO public.proposition_category VALUES (34, 'materiaux');
INSERT INTO public.proposition_category VALUES (34, 'peinture-rdd');
INSERT INTO public.proposition_category VALUES (34, 'electronique');
INSERT INTO public.proposition_category VALUES (34, 'electromenagers');
INSERT INTO public.proposition_category VALUES (35, 'vetements');
INSERT INTO public.proposition_category VALUES (35, 'cuisine');
INSERT INTO public.proposition_category VALUES (35, 'bebe-enfants');
INSERT INTO public.proposition_category VALUES (35, 'jouets');
INSERT INTO public.proposition_category VALUES (36, 'vetements');
INSERT INTO public.proposition_category VALUES (36, 'cuisine');
INSERT INTO public.proposition_category VALUES (36, 'bebe-enfants');
INSERT INTO public.proposition_category VALUES (36, 'jouets');
INSERT INTO public.proposition_category VALUES (37, 'meubles');
INSERT INTO public.proposition_category VALUES (37, 'vetements');
INSERT INTO public.proposition_category VALUES (37, 'textiles-maison');
INSERT INTO public.proposition_category VALUES (37, 'cuisine');
INSERT INTO public.proposition_category VALUES (37, 'decoration');
INSERT INTO public.proposition_category VALUES (37, 'livres-medias');
INSERT INTO public.proposition_category VALUES (37, 'jouets');
INSERT INTO public.proposition_category VALUES (37, 'sport-plein-air');
INSERT INTO public.proposition_category VALUES (37, 'velos');
INSERT INTO public.proposition_category VALUES (39, 'meubles');
INSERT INTO public.proposition_category VALUES (39, 'vetements');
INSERT INTO public.proposition_category VALUES (39, 'textiles-maison');
INSERT INTO public.proposition_category VALUES (39, 'cuisine');
INSERT INTO public.proposition_category VALUES (39, 'decoration');
INSERT INTO public.proposition_category VALUES (39, 'livres-medias');
INSERT INTO public.proposition_category VALUES (39, 'jouets');
INSERT INTO public.proposition_category VALUES (39, 'sport-plein-air');
INSERT INTO public.proposition_category VALUES (39, 'velos');
INSERT INTO public.proposition_category VALUES (39, 'electromenagers');
INSERT INTO public.proposition_category VALUES (38, 'meubles');
INSERT INTO public.proposition_category VALUES (38, 'electromenagers');
INSERT INTO public.proposition_category VALUES (40, 'vetements');
INSERT INTO public.proposition_category VALUES (40, 'textiles-maison');
INSERT INTO public.proposition_category VALUES (40, 'bebe-enfants');
INSERT INTO public.proposition_category VALUES (42, 'vetements');
INSERT INTO public.proposition_category VALUES (42, 'textiles-maison');
INSERT INTO public.proposition_category VALUES (41, 'vetements');
INSERT INTO public.proposition_category VALUES (41, 'textiles-maison');
INSERT INTO public.proposition_category VALUES (41, 'bebe-enfants');
INSERT INTO public.proposition_category VALUES (44, 'velos');
INSERT INTO public.proposition_category VALUES (44, 'sport-plein-air');
INSERT INTO public.proposition_category VALUES (44, 'outils');
INSERT INTO public.proposition_category VALUES (43, 'velos');
INSERT INTO public.proposition_category VALUES (43, 'sport-plein-air');
INSERT INTO public.proposition_category VALUES (43, 'outils');
INSERT INTO public.proposition_category VALUES (45, 'velos');
INSERT INTO public.proposition_category VALUES (45, 'sport-plein-air');
INSERT INTO public.proposition_category VALUES (46, 'meubles');
INSERT INTO public.proposition_category VALUES (46, 'vetements');
INSERT INTO public.proposition_category VALUES (46, 'textiles-maison');
INSERT INTO public.proposition_category VALUES (46, 'cuisine');
INSERT INTO public.proposition_category VALUES (46, 'decoration');
INSERT INTO public.proposition_category VALUES (46, 'livres-medias');
INSERT INTO public.proposition_category VALUES (46, 'jouets');
INSERT INTO public.proposition_category VALUES (46, 'sport-plein-air');
INSERT INTO public.proposition_category VALUES (46, 'electromenagers');
INSERT INTO public.proposition_category VALUES (46, 'outils');
INSERT INTO public.proposition_category VALUES (47, 'meubles');
INSERT INTO public.proposition_category VALUES (47, 'electromenagers');
INSERT INTO public.proposition_category VALUES (48, 'meubles');
INSERT INTO public.proposition_category VALUES (48, 'vetements');
INSERT INTO public.proposition_category VALUES (48, 'textiles-maison');
INSERT INTO public.proposition_category VALUES (48, 'cuisine');
INSERT INTO public.proposition_category VALUES (48, 'decoration');
INSERT INTO public.proposition_category VALUES (48, 'livres-medias');
INSERT INTO public.proposition_category VALUES (48, 'jouets');
INSERT INTO public.proposition_category VALUES (48, 'sport-plein-air');
INSERT INTO public.proposition_category VALUES (48, 'electromenagers');
INSERT INTO public.proposition_category VALUES (48, 'outils');
INSERT INTO public.proposition_category VALUES (51, 'electronique');
INSERT INTO public.proposition_category VALUES (50, 'electronique');
INSERT INTO public.proposition_category VALUES (49, 'electronique');
INSERT INTO public.proposition_category VALUES (52, 'vetements');
INSERT INTO public.proposition_category VALUES (52, 'livres-medias');
INSERT INTO public.proposition_category VALUES (52, 'jouets');
INSERT INTO public.proposition_category VALUES (52, 'cuisine');
INSERT INTO public.proposition_category VALUES (52, 'decoration');
INSERT INTO public.proposition_category VALUES (53, 'vetements');
INSERT INTO public.proposition_category VALUES (53, 'livres-medias');
INSERT INTO public.proposition_category VALUES (53, 'jouets');
INSERT INTO public.proposition_category VALUES (53, 'cuisine');
INSERT INTO public.proposition_category VALUES (53, 'decoration');
INSERT INTO public.proposition_category VALUES (54, 'materiaux');
INSERT INTO public.proposition_category VALUES (54, 'peinture-rdd');
INSERT INTO public.proposition_category VALUES (54, 'electronique');
INSERT INTO public.proposition_category VALUES (54, 'electromenagers');
INSERT INTO public.proposition_category VALUES (57, 'meubles');
INSERT INTO public.proposition_category VALUES (57, 'vetements');
INSERT INTO public.proposition_category VALUES (57, 'textiles-maison');
INSERT INTO public.proposition_category VALUES (57, 'cuisine');
INSERT INTO public.proposition_category VALUES (57, 'decoration');
INSERT INTO public.proposition_category VALUES (57, 'livres-medias');
INSERT INTO public.proposition_category VALUES (57, 'jouets');
INSERT INTO public.proposition_category VALUES (57, 'sport-plein-air');
INSERT INTO public.proposition_category VALUES (57, 'velos');
INSERT INTO public.proposition_category VALUES (57, 'bebe-enfants');
INSERT INTO public.proposition_category VALUES (57, 'electromenagers');
INSERT INTO public.proposition_category VALUES (56, 'meubles');
INSERT INTO public.proposition_category VALUES (56, 'electromenagers');
INSERT INTO public.proposition_category VALUES (55, 'meubles');
INSERT INTO public.proposition_category VALUES (55, 'vetements');
INSERT INTO public.proposition_category VALUES (55, 'textiles-maison');
INSERT INTO public.proposition_category VALUES (55, 'cuisine');
INSERT INTO public.proposition_category VALUES (55, 'decoration');
INSERT INTO public.proposition_category VALUES (55, 'livres-medias');
INSERT INTO public.proposition_category VALUES (55, 'jouets');
INSERT INTO public.proposition_category VALUES (55, 'sport-plein-air');
INSERT INTO public.proposition_category VALUES (55, 'velos');
INSERT INTO public.proposition_category VALUES (55, 'bebe-enfants');
INSERT INTO public.proposition_category VALUES (59, 'livres-medias');
INSERT INTO public.proposition_category VALUES (59, 'jouets');
INSERT INTO public.proposition_category VALUES (58, 'livres-medias');
INSERT INTO public.proposition_category VALUES (61, 'vetements');
INSERT INTO public.proposition_category VALUES (61, 'cuisine');
INSERT INTO public.proposition_category VALUES (61, 'decoration');
INSERT INTO public.proposition_category VALUES (61, 'jouets');
INSERT INTO public.proposition_category VALUES (61, 'textiles-maison');
INSERT INTO public.proposition_category VALUES (60, 'vetements');
INSERT INTO public.proposition_category VALUES (60, 'cuisine');
INSERT INTO public.proposition_category VALUES (60, 'decoration');
INSERT INTO public.proposition_category VALUES (60, 'jouets');
INSERT INTO public.proposition_category VALUES (60, 'textiles-maison');
INSERT INTO public.proposition_category VALUES (62, 'materiaux');
INSERT INTO public.proposition_category VALUES (62, 'peinture-rdd');
INSERT INTO public.proposition_category VALUES (62, 'electronique');
INSERT INTO public.proposition_category VALUES (62, 'electromenagers');
INSERT INTO public.proposition_category VALUES (65, 'meubles');
INSERT INTO public.proposition_category VALUES (65, 'vetements');
INSERT INTO public.proposition_category VALUES (65, 'textiles-maison');
INSERT INTO public.proposition_category VALUES (65, 'cuisine');
INSERT INTO public.proposition_category VALUES (65, 'decoration');
INSERT INTO public.proposition_category VALUES (65, 'livres-medias');
INSERT INTO public.proposition_category VALUES (65, 'jouets');
INSERT INTO public.proposition_category VALUES (65, 'sport-plein-air');
INSERT INTO public.proposition_category VALUES (65, 'outils');
INSERT INTO public.proposition_category VALUES (65, 'electromenagers');
INSERT INTO public.proposition_category VALUES (63, 'meubles');
INSERT INTO public.proposition_category VALUES (63, 'vetements');
INSERT INTO public.proposition_category VALUES (63, 'textiles-maison');
INSERT INTO public.proposition_category VALUES (63, 'cuisine');
INSERT INTO public.proposition_category VALUES (63, 'decoration');
INSERT INTO public.proposition_category VALUES (63, 'livres-medias');
INSERT INTO public.proposition_category VALUES (63, 'jouets');
INSERT INTO public.proposition_category VALUES (63, 'sport-plein-air');
INSERT INTO public.proposition_category VALUES (63, 'outils');
INSERT INTO public.proposition_category VALUES (64, 'meubles');
INSERT INTO public.proposition_category VALUES (64, 'electromenagers');
INSERT INTO public.proposition_category VALUES (67, 'vetements');
INSERT INTO public.proposition_category VALUES (67, 'textiles-maison');
INSERT INTO public.proposition_category VALUES (67, 'bebe-enfants');
INSERT INTO public.proposition_category VALUES (66, 'vetements');
INSERT INTO public.proposition_category VALUES (66, 'textiles-maison');
INSERT INTO public.proposition_category VALUES (66, 'bebe-enfants');
INSERT INTO public.proposition_category VALUES (68, 'materiaux');
INSERT INTO public.proposition_category VALUES (68, 'peinture-rdd');
INSERT INTO public.proposition_category VALUES (68, 'electronique');
INSERT INTO public.proposition_category VALUES (68, 'electromenagers');
INSERT INTO public.proposition_category VALUES (69, 'meubles');
INSERT INTO public.proposition_category VALUES (69, 'vetements');
INSERT INTO public.proposition_category VALUES (69, 'textiles-maison');
INSERT INTO public.proposition_category VALUES (69, 'cuisine');
INSERT INTO public.proposition_category VALUES (69, 'decoration');
INSERT INTO public.proposition_category VALUES (69, 'livres-medias');
INSERT INTO public.proposition_category VALUES (69, 'jouets');
INSERT INTO public.proposition_category VALUES (69, 'sport-plein-air');
INSERT INTO public.proposition_category VALUES (70, 'meubles');
INSERT INTO public.proposition_category VALUES (71, 'meubles');
INSERT INTO public.proposition_category VALUES (71, 'vetements');
INSERT INTO public.proposition_category VALUES (71, 'textiles-maison');
INSERT INTO public.proposition_category VALUES (71, 'cuisine');
INSERT INTO public.proposition_category VALUES (71, 'decoration');
INSERT INTO public.proposition_category VALUES (71, 'livres-medias');
INSERT INTO public.proposition_category VALUES (71, 'jouets');
INSERT INTO public.proposition_category VALUES (71, 'sport-plein-air');
INSERT INTO public.proposition_category VALUES (72, 'vetements');
INSERT INTO public.proposition_category VALUES (72, 'textiles-maison');
INSERT INTO public.proposition_category VALUES (72, 'bebe-enfants');
INSERT INTO public.proposition_category VALUES (73, 'vetements');
INSERT INTO public.proposition_category VALUES (73, 'textiles-maison');
INSERT INTO public.proposition_category VALUES (73, 'bebe-enfants');
INSERT INTO public.proposition_category VALUES (75, 'electromenagers');
INSERT INTO public.proposition_category VALUES (75, 'velos');
INSERT INTO public.proposition_category VALUES (74, 'electromenagers');
INSERT INTO public.proposition_category VALUES (74, 'electronique');
INSERT INTO public.proposition_category VALUES (74, 'velos');
INSERT INTO public.proposition_category VALUES (76, 'meubles');
INSERT INTO public.proposition_category VALUES (76, 'vetements');
INSERT INTO public.proposition_category VALUES (76, 'textiles-maison');
INSERT INTO public.proposition_category VALUES (76, 'cuisine');
INSERT INTO public.proposition_category VALUES (76, 'decoration');
INSERT INTO public.proposition_category VALUES (76, 'livres-medias');
INSERT INTO public.proposition_category VALUES (76, 'jouets');
INSERT INTO public.proposition_category VALUES (76, 'sport-plein-air');
INSERT INTO public.proposition_category VALUES (76, 'electromenagers');
INSERT INTO public.proposition_category VALUES (76, 'velos');
INSERT INTO public.proposition_category VALUES (77, 'meubles');
INSERT INTO public.proposition_category VALUES (77, 'electromenagers');
INSERT INTO public.proposition_category VALUES (78, 'meubles');
INSERT INTO public.proposition_category VALUES (78, 'vetements');
INSERT INTO public.proposition_category VALUES (78, 'textiles-maison');
INSERT INTO public.proposition_category VALUES (78, 'cuisine');
INSERT INTO public.proposition_category VALUES (78, 'decoration');
INSERT INTO public.proposition_category VALUES (78, 'livres-medias');
INSERT INTO public.proposition_category VALUES (78, 'jouets');
INSERT INTO public.proposition_category VALUES (78, 'sport-plein-air');
INSERT INTO public.proposition_category VALUES (78, 'electromenagers');
INSERT INTO public.proposition_category VALUES (78, 'velos');
INSERT INTO public.proposition_category VALUES (79, 'vetements');
INSERT INTO public.proposition_category VALUES (79, 'bebe-enfants');
INSERT INTO public.proposition_category VALUES (79, 'cuisine');
INSERT INTO public.proposition_category VALUES (79, 'livres-medias');
INSERT INTO public.proposition_category VALUES (80, 'vetements');
INSERT INTO public.proposition_category VALUES (80, 'bebe-enfants');
INSERT INTO public.proposition_category VALUES (80, 'cuisine');
INSERT INTO public.proposition_category VALUES (80, 'livres-medias');
INSERT INTO public.proposition_category VALUES (81, 'vetements');
INSERT INTO public.proposition_category VALUES (81, 'textiles-maison');
INSERT INTO public.proposition_category VALUES (81, 'bebe-enfants');
INSERT INTO public.proposition_category VALUES (82, 'vetements');
INSERT INTO public.proposition_category VALUES (82, 'textiles-maison');
INSERT INTO public.proposition_category VALUES (82, 'bebe-enfants');
INSERT INTO public.proposition_category VALUES (83, 'materiaux');
INSERT INTO public.proposition_category VALUES (83, 'peinture-rdd');
INSERT INTO public.proposition_category VALUES (83, 'electronique');
INSERT INTO public.proposition_category VALUES (83, 'electromenagers');
INSERT INTO public.proposition_category VALUES (83, 'outils');
INSERT INTO public.proposition_category VALUES (85, 'meubles');
INSERT INTO public.proposition_category VALUES (85, 'electromenagers');
INSERT INTO public.proposition_category VALUES (84, 'meubles');
INSERT INTO public.proposition_category VALUES (84, 'vetements');
INSERT INTO public.proposition_category VALUES (84, 'textiles-maison');
INSERT INTO public.proposition_category VALUES (84, 'cuisine');
INSERT INTO public.proposition_category VALUES (84, 'decoration');
INSERT INTO public.proposition_category VALUES (84, 'livres-medias');
INSERT INTO public.proposition_category VALUES (84, 'jouets');
INSERT INTO public.proposition_category VALUES (84, 'sport-plein-air');
INSERT INTO public.proposition_category VALUES (84, 'electromenagers');
INSERT INTO public.proposition_category VALUES (84, 'bebe-enfants');
INSERT INTO public.proposition_category VALUES (86, 'meubles');
INSERT INTO public.proposition_category VALUES (86, 'vetements');
INSERT INTO public.proposition_category VALUES (86, 'textiles-maison');
INSERT INTO public.proposition_category VALUES (86, 'cuisine');
INSERT INTO public.proposition_category VALUES (86, 'decoration');
INSERT INTO public.proposition_category VALUES (86, 'livres-medias');
INSERT INTO public.proposition_category VALUES (86, 'jouets');
INSERT INTO public.proposition_category VALUES (86, 'sport-plein-air');
INSERT INTO public.proposition_category VALUES (86, 'electromenagers');
INSERT INTO public.proposition_category VALUES (86, 'bebe-enfants');
INSERT INTO public.proposition_category VALUES (87, 'velos');
INSERT INTO public.proposition_category VALUES (89, 'velos');
INSERT INTO public.proposition_category VALUES (88, 'velos');
INSERT INTO public.proposition_category VALUES (91, 'vetements');
INSERT INTO public.proposition_category VALUES (91, 'textiles-maison');
INSERT INTO public.proposition_category VALUES (91, 'bebe-enfants');
INSERT INTO public.proposition_category VALUES (90, 'vetements');
INSERT INTO public.proposition_category VALUES (90, 'textiles-maison');
INSERT INTO public.proposition_category VALUES (90, 'bebe-enfants');
INSERT INTO public.proposition_category VALUES (92, 'materiaux');
INSERT INTO public.proposition_category VALUES (92, 'peinture-rdd');
INSERT INTO public.proposition_category VALUES (92, 'electronique');
INSERT INTO public.proposition_category VALUES (92, 'electromenagers');


--
-- Data for Name: search_miss; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.search_miss VALUES (1, 'Vélos d''exercice', '2025-03-01 12:00:00');
INSERT INTO public.search_miss VALUES (2, 'velo d''exercice', '2025-03-01 13:00:00');
INSERT INTO public.search_miss VALUES (3, 'VÉLO D''EXERCICE', '2025-03-01 14:00:00');
INSERT INTO public.search_miss VALUES (4, 'casque de hockey', '2025-03-01 15:00:00');
INSERT INTO public.search_miss VALUES (5, 'casques de Hockey', '2025-03-01 16:00:00');
INSERT INTO public.search_miss VALUES (6, 'trampoline', '2025-03-01 17:00:00');
INSERT INTO public.search_miss VALUES (7, '!!', '2025-03-01 18:00:00');


--
-- Data for Name: staff_user; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.staff_user VALUES (1, 'admin@example.org', 'scrypt:32768:8:1$YH9exEligzsM1FhO$2151ea67117048ffb0fb28e2c3db3d740d169ee45a54a780d9c89d55f477288d5a5bbc0b6a7130db3b61160c3b9fcc16ac7bf88d2a7a57f4ed7429d78cdab82e', 'admin', true, '2026-12-01 22:45:49.672593', NULL, 1);
INSERT INTO public.staff_user VALUES (2, 'editrice@example.org', 'scrypt:32768:8:1$ILOEkaZwWL6NL1Fs$44e35aab6883e8ecc44cf5507ec774c6cd8bf3f85883a4a1af5f4c795ce6860e8c0d7fbcfd8b898af0e4f4b604df970787123cedda860bbb6263ed6fd6a5cddc', 'editor', true, '2026-12-01 22:45:49.966911', NULL, 1);


--
-- Data for Name: synonym; Type: TABLE DATA; Schema: public; Owner: -
--

INSERT INTO public.synonym VALUES (1, 'articles pour bébé', 'fr', 'bebe-enfants');
INSERT INTO public.synonym VALUES (2, 'bain de bébé', 'fr', 'bebe-enfants');
INSERT INTO public.synonym VALUES (3, 'banc d''auto', 'fr', 'bebe-enfants');
INSERT INTO public.synonym VALUES (4, 'barrière de sécurité', 'fr', 'bebe-enfants');
INSERT INTO public.synonym VALUES (5, 'bassinette', 'fr', 'bebe-enfants');
INSERT INTO public.synonym VALUES (6, 'biberons', 'fr', 'bebe-enfants');
INSERT INTO public.synonym VALUES (7, 'chaise haute', 'fr', 'bebe-enfants');
INSERT INTO public.synonym VALUES (8, 'coquille', 'fr', 'bebe-enfants');
INSERT INTO public.synonym VALUES (9, 'couchette', 'fr', 'bebe-enfants');
INSERT INTO public.synonym VALUES (10, 'exerciseur', 'fr', 'bebe-enfants');
INSERT INTO public.synonym VALUES (11, 'habit de neige', 'fr', 'bebe-enfants');
INSERT INTO public.synonym VALUES (12, 'jouets de bébé', 'fr', 'bebe-enfants');
INSERT INTO public.synonym VALUES (13, 'linge de bébé', 'fr', 'bebe-enfants');
INSERT INTO public.synonym VALUES (14, 'lit de bébé', 'fr', 'bebe-enfants');
INSERT INTO public.synonym VALUES (15, 'moïse', 'fr', 'bebe-enfants');
INSERT INTO public.synonym VALUES (16, 'parc pour bébé', 'fr', 'bebe-enfants');
INSERT INTO public.synonym VALUES (17, 'porte-bébé', 'fr', 'bebe-enfants');
INSERT INTO public.synonym VALUES (18, 'poussette', 'fr', 'bebe-enfants');
INSERT INTO public.synonym VALUES (19, 'rehausseur', 'fr', 'bebe-enfants');
INSERT INTO public.synonym VALUES (20, 'sauteuse', 'fr', 'bebe-enfants');
INSERT INTO public.synonym VALUES (21, 'siège d''auto', 'fr', 'bebe-enfants');
INSERT INTO public.synonym VALUES (22, 'table à langer', 'fr', 'bebe-enfants');
INSERT INTO public.synonym VALUES (23, 'tire-lait', 'fr', 'bebe-enfants');
INSERT INTO public.synonym VALUES (24, 'traîneau pour bébé', 'fr', 'bebe-enfants');
INSERT INTO public.synonym VALUES (25, 'vêtements d''enfants', 'fr', 'bebe-enfants');
INSERT INTO public.synonym VALUES (26, 'vêtements de maternité', 'fr', 'bebe-enfants');
INSERT INTO public.synonym VALUES (27, 'articles de cuisine', 'fr', 'cuisine');
INSERT INTO public.synonym VALUES (28, 'assiettes', 'fr', 'cuisine');
INSERT INTO public.synonym VALUES (29, 'batterie de cuisine', 'fr', 'cuisine');
INSERT INTO public.synonym VALUES (30, 'bocaux', 'fr', 'cuisine');
INSERT INTO public.synonym VALUES (31, 'bols', 'fr', 'cuisine');
INSERT INTO public.synonym VALUES (32, 'boîte à lunch', 'fr', 'cuisine');
INSERT INTO public.synonym VALUES (33, 'cafetière', 'fr', 'cuisine');
INSERT INTO public.synonym VALUES (34, 'casseroles', 'fr', 'cuisine');
INSERT INTO public.synonym VALUES (35, 'chaudrons', 'fr', 'cuisine');
INSERT INTO public.synonym VALUES (36, 'coutellerie', 'fr', 'cuisine');
INSERT INTO public.synonym VALUES (37, 'grille-pain', 'fr', 'cuisine');
INSERT INTO public.synonym VALUES (38, 'mijoteuse', 'fr', 'cuisine');
INSERT INTO public.synonym VALUES (39, 'moules à gâteau', 'fr', 'cuisine');
INSERT INTO public.synonym VALUES (40, 'plats', 'fr', 'cuisine');
INSERT INTO public.synonym VALUES (41, 'plats de service', 'fr', 'cuisine');
INSERT INTO public.synonym VALUES (42, 'plats Tupperware', 'fr', 'cuisine');
INSERT INTO public.synonym VALUES (43, 'pots Mason', 'fr', 'cuisine');
INSERT INTO public.synonym VALUES (44, 'poêle à frire', 'fr', 'cuisine');
INSERT INTO public.synonym VALUES (45, 'poêlons', 'fr', 'cuisine');
INSERT INTO public.synonym VALUES (46, 'set de vaisselle', 'fr', 'cuisine');
INSERT INTO public.synonym VALUES (47, 'tasses', 'fr', 'cuisine');
INSERT INTO public.synonym VALUES (48, 'thermos', 'fr', 'cuisine');
INSERT INTO public.synonym VALUES (49, 'théière', 'fr', 'cuisine');
INSERT INTO public.synonym VALUES (50, 'ustensiles', 'fr', 'cuisine');
INSERT INTO public.synonym VALUES (51, 'ustensiles de cuisine', 'fr', 'cuisine');
INSERT INTO public.synonym VALUES (52, 'vaisselle', 'fr', 'cuisine');
INSERT INTO public.synonym VALUES (53, 'verres', 'fr', 'cuisine');
INSERT INTO public.synonym VALUES (54, 'antiquités', 'fr', 'decoration');
INSERT INTO public.synonym VALUES (55, 'bibelots', 'fr', 'decoration');
INSERT INTO public.synonym VALUES (56, 'bougeoirs', 'fr', 'decoration');
INSERT INTO public.synonym VALUES (57, 'bébelles', 'fr', 'decoration');
INSERT INTO public.synonym VALUES (58, 'cadres', 'fr', 'decoration');
INSERT INTO public.synonym VALUES (59, 'cadres photo', 'fr', 'decoration');
INSERT INTO public.synonym VALUES (60, 'chandeliers', 'fr', 'decoration');
INSERT INTO public.synonym VALUES (61, 'chandelles', 'fr', 'decoration');
INSERT INTO public.synonym VALUES (62, 'cossins', 'fr', 'decoration');
INSERT INTO public.synonym VALUES (63, 'décoration', 'fr', 'decoration');
INSERT INTO public.synonym VALUES (64, 'décorations', 'fr', 'decoration');
INSERT INTO public.synonym VALUES (65, 'décorations de Noël', 'fr', 'decoration');
INSERT INTO public.synonym VALUES (66, 'figurines', 'fr', 'decoration');
INSERT INTO public.synonym VALUES (67, 'horloge', 'fr', 'decoration');
INSERT INTO public.synonym VALUES (68, 'lampe sur pied', 'fr', 'decoration');
INSERT INTO public.synonym VALUES (69, 'lampes', 'fr', 'decoration');
INSERT INTO public.synonym VALUES (70, 'luminaires', 'fr', 'decoration');
INSERT INTO public.synonym VALUES (71, 'miroirs', 'fr', 'decoration');
INSERT INTO public.synonym VALUES (72, 'objets de collection', 'fr', 'decoration');
INSERT INTO public.synonym VALUES (73, 'paniers', 'fr', 'decoration');
INSERT INTO public.synonym VALUES (74, 'plantes artificielles', 'fr', 'decoration');
INSERT INTO public.synonym VALUES (75, 'sapin artificiel', 'fr', 'decoration');
INSERT INTO public.synonym VALUES (76, 'tableaux', 'fr', 'decoration');
INSERT INTO public.synonym VALUES (77, 'tapis', 'fr', 'decoration');
INSERT INTO public.synonym VALUES (78, 'vases', 'fr', 'decoration');
INSERT INTO public.synonym VALUES (79, 'air climatisé', 'fr', 'electromenagers');
INSERT INTO public.synonym VALUES (80, 'aspirateur', 'fr', 'electromenagers');
INSERT INTO public.synonym VALUES (81, 'balayeuse', 'fr', 'electromenagers');
INSERT INTO public.synonym VALUES (82, 'bouilloire', 'fr', 'electromenagers');
INSERT INTO public.synonym VALUES (83, 'cafetière', 'fr', 'electromenagers');
INSERT INTO public.synonym VALUES (84, 'chauffe-eau', 'fr', 'electromenagers');
INSERT INTO public.synonym VALUES (85, 'chaufferette', 'fr', 'electromenagers');
INSERT INTO public.synonym VALUES (86, 'climatiseur', 'fr', 'electromenagers');
INSERT INTO public.synonym VALUES (87, 'congélateur', 'fr', 'electromenagers');
INSERT INTO public.synonym VALUES (88, 'cuisinière', 'fr', 'electromenagers');
INSERT INTO public.synonym VALUES (89, 'déshumidificateur', 'fr', 'electromenagers');
INSERT INTO public.synonym VALUES (90, 'fer à repasser', 'fr', 'electromenagers');
INSERT INTO public.synonym VALUES (91, 'four', 'fr', 'electromenagers');
INSERT INTO public.synonym VALUES (92, 'four à micro-ondes', 'fr', 'electromenagers');
INSERT INTO public.synonym VALUES (93, 'frigidaire', 'fr', 'electromenagers');
INSERT INTO public.synonym VALUES (94, 'frigo', 'fr', 'electromenagers');
INSERT INTO public.synonym VALUES (95, 'friteuse', 'fr', 'electromenagers');
INSERT INTO public.synonym VALUES (96, 'grille-pain', 'fr', 'electromenagers');
INSERT INTO public.synonym VALUES (97, 'hotte de cuisinière', 'fr', 'electromenagers');
INSERT INTO public.synonym VALUES (98, 'lave-vaisselle', 'fr', 'electromenagers');
INSERT INTO public.synonym VALUES (99, 'laveuse', 'fr', 'electromenagers');
INSERT INTO public.synonym VALUES (100, 'laveuse à vaisselle', 'fr', 'electromenagers');
INSERT INTO public.synonym VALUES (101, 'laveuse-sécheuse', 'fr', 'electromenagers');
INSERT INTO public.synonym VALUES (102, 'machine à coudre', 'fr', 'electromenagers');
INSERT INTO public.synonym VALUES (103, 'micro-ondes', 'fr', 'electromenagers');
INSERT INTO public.synonym VALUES (104, 'mijoteuse', 'fr', 'electromenagers');
INSERT INTO public.synonym VALUES (105, 'mélangeur', 'fr', 'electromenagers');
INSERT INTO public.synonym VALUES (106, 'poêle', 'fr', 'electromenagers');
INSERT INTO public.synonym VALUES (107, 'robot culinaire', 'fr', 'electromenagers');
INSERT INTO public.synonym VALUES (108, 'réfrigérateur', 'fr', 'electromenagers');
INSERT INTO public.synonym VALUES (109, 'réservoir à eau chaude', 'fr', 'electromenagers');
INSERT INTO public.synonym VALUES (110, 'sécheuse', 'fr', 'electromenagers');
INSERT INTO public.synonym VALUES (111, 'sécheuse à linge', 'fr', 'electromenagers');
INSERT INTO public.synonym VALUES (112, 'ventilateur', 'fr', 'electromenagers');
INSERT INTO public.synonym VALUES (113, 'électroménagers', 'fr', 'electromenagers');
INSERT INTO public.synonym VALUES (114, 'appareil photo', 'fr', 'electronique');
INSERT INTO public.synonym VALUES (115, 'caméra', 'fr', 'electronique');
INSERT INTO public.synonym VALUES (116, 'cartouches d''encre', 'fr', 'electronique');
INSERT INTO public.synonym VALUES (117, 'cell', 'fr', 'electronique');
INSERT INTO public.synonym VALUES (118, 'cellulaire', 'fr', 'electronique');
INSERT INTO public.synonym VALUES (119, 'chargeur', 'fr', 'electronique');
INSERT INTO public.synonym VALUES (120, 'chaîne stéréo', 'fr', 'electronique');
INSERT INTO public.synonym VALUES (121, 'clavier', 'fr', 'electronique');
INSERT INTO public.synonym VALUES (122, 'console de jeux', 'fr', 'electronique');
INSERT INTO public.synonym VALUES (123, 'câbles', 'fr', 'electronique');
INSERT INTO public.synonym VALUES (124, 'fils', 'fr', 'electronique');
INSERT INTO public.synonym VALUES (125, 'GPS', 'fr', 'electronique');
INSERT INTO public.synonym VALUES (126, 'haut-parleurs', 'fr', 'electronique');
INSERT INTO public.synonym VALUES (127, 'imprimante', 'fr', 'electronique');
INSERT INTO public.synonym VALUES (128, 'informatique', 'fr', 'electronique');
INSERT INTO public.synonym VALUES (129, 'jeux vidéo', 'fr', 'electronique');
INSERT INTO public.synonym VALUES (130, 'lecteur DVD', 'fr', 'electronique');
INSERT INTO public.synonym VALUES (131, 'liseuse', 'fr', 'electronique');
INSERT INTO public.synonym VALUES (132, 'manette', 'fr', 'electronique');
INSERT INTO public.synonym VALUES (133, 'modem', 'fr', 'electronique');
INSERT INTO public.synonym VALUES (134, 'moniteur', 'fr', 'electronique');
INSERT INTO public.synonym VALUES (135, 'Nintendo', 'fr', 'electronique');
INSERT INTO public.synonym VALUES (136, 'ordi', 'fr', 'electronique');
INSERT INTO public.synonym VALUES (137, 'ordinateur', 'fr', 'electronique');
INSERT INTO public.synonym VALUES (138, 'PlayStation', 'fr', 'electronique');
INSERT INTO public.synonym VALUES (139, 'portable', 'fr', 'electronique');
INSERT INTO public.synonym VALUES (140, 'radio', 'fr', 'electronique');
INSERT INTO public.synonym VALUES (141, 'routeur', 'fr', 'electronique');
INSERT INTO public.synonym VALUES (142, 'souris', 'fr', 'electronique');
INSERT INTO public.synonym VALUES (143, 'système de son', 'fr', 'electronique');
INSERT INTO public.synonym VALUES (144, 'tablette', 'fr', 'electronique');
INSERT INTO public.synonym VALUES (145, 'télé', 'fr', 'electronique');
INSERT INTO public.synonym VALUES (146, 'téléphone', 'fr', 'electronique');
INSERT INTO public.synonym VALUES (147, 'téléphone intelligent', 'fr', 'electronique');
INSERT INTO public.synonym VALUES (148, 'téléviseur', 'fr', 'electronique');
INSERT INTO public.synonym VALUES (149, 'télévision', 'fr', 'electronique');
INSERT INTO public.synonym VALUES (150, 'tévé', 'fr', 'electronique');
INSERT INTO public.synonym VALUES (151, 'Xbox', 'fr', 'electronique');
INSERT INTO public.synonym VALUES (152, 'écran', 'fr', 'electronique');
INSERT INTO public.synonym VALUES (153, 'électronique', 'fr', 'electronique');
INSERT INTO public.synonym VALUES (154, 'autos téléguidées', 'fr', 'jouets');
INSERT INTO public.synonym VALUES (155, 'balançoire', 'fr', 'jouets');
INSERT INTO public.synonym VALUES (156, 'blocs', 'fr', 'jouets');
INSERT INTO public.synonym VALUES (157, 'bébelles', 'fr', 'jouets');
INSERT INTO public.synonym VALUES (158, 'casse-tête', 'fr', 'jouets');
INSERT INTO public.synonym VALUES (159, 'console de jeux', 'fr', 'jouets');
INSERT INTO public.synonym VALUES (160, 'costume d''Halloween', 'fr', 'jouets');
INSERT INTO public.synonym VALUES (161, 'cuisinette', 'fr', 'jouets');
INSERT INTO public.synonym VALUES (162, 'déguisements', 'fr', 'jouets');
INSERT INTO public.synonym VALUES (163, 'figurines', 'fr', 'jouets');
INSERT INTO public.synonym VALUES (164, 'jeux', 'fr', 'jouets');
INSERT INTO public.synonym VALUES (165, 'jeux de société', 'fr', 'jouets');
INSERT INTO public.synonym VALUES (166, 'jeux éducatifs', 'fr', 'jouets');
INSERT INTO public.synonym VALUES (167, 'jouets', 'fr', 'jouets');
INSERT INTO public.synonym VALUES (168, 'Lego', 'fr', 'jouets');
INSERT INTO public.synonym VALUES (169, 'module de jeu', 'fr', 'jouets');
INSERT INTO public.synonym VALUES (170, 'peluches', 'fr', 'jouets');
INSERT INTO public.synonym VALUES (171, 'petites voitures', 'fr', 'jouets');
INSERT INTO public.synonym VALUES (172, 'poupées', 'fr', 'jouets');
INSERT INTO public.synonym VALUES (173, 'toutous', 'fr', 'jouets');
INSERT INTO public.synonym VALUES (174, 'tricycle', 'fr', 'jouets');
INSERT INTO public.synonym VALUES (175, 'trottinette', 'fr', 'jouets');
INSERT INTO public.synonym VALUES (176, '33 tours', 'fr', 'livres-medias');
INSERT INTO public.synonym VALUES (177, 'bandes dessinées', 'fr', 'livres-medias');
INSERT INTO public.synonym VALUES (178, 'BD', 'fr', 'livres-medias');
INSERT INTO public.synonym VALUES (179, 'Blu-ray', 'fr', 'livres-medias');
INSERT INTO public.synonym VALUES (180, 'cassettes', 'fr', 'livres-medias');
INSERT INTO public.synonym VALUES (181, 'CD', 'fr', 'livres-medias');
INSERT INTO public.synonym VALUES (182, 'dictionnaires', 'fr', 'livres-medias');
INSERT INTO public.synonym VALUES (183, 'disques', 'fr', 'livres-medias');
INSERT INTO public.synonym VALUES (184, 'DVD', 'fr', 'livres-medias');
INSERT INTO public.synonym VALUES (185, 'encyclopédies', 'fr', 'livres-medias');
INSERT INTO public.synonym VALUES (186, 'films', 'fr', 'livres-medias');
INSERT INTO public.synonym VALUES (187, 'jeux vidéo', 'fr', 'livres-medias');
INSERT INTO public.synonym VALUES (188, 'livre', 'fr', 'livres-medias');
INSERT INTO public.synonym VALUES (189, 'livres', 'fr', 'livres-medias');
INSERT INTO public.synonym VALUES (190, 'livres de recettes', 'fr', 'livres-medias');
INSERT INTO public.synonym VALUES (191, 'livres pour enfants', 'fr', 'livres-medias');
INSERT INTO public.synonym VALUES (192, 'magazines', 'fr', 'livres-medias');
INSERT INTO public.synonym VALUES (193, 'mangas', 'fr', 'livres-medias');
INSERT INTO public.synonym VALUES (194, 'manuels scolaires', 'fr', 'livres-medias');
INSERT INTO public.synonym VALUES (195, 'partitions', 'fr', 'livres-medias');
INSERT INTO public.synonym VALUES (196, 'revues', 'fr', 'livres-medias');
INSERT INTO public.synonym VALUES (197, 'romans', 'fr', 'livres-medias');
INSERT INTO public.synonym VALUES (198, 'vinyles', 'fr', 'livres-medias');
INSERT INTO public.synonym VALUES (199, '2x4', 'fr', 'materiaux');
INSERT INTO public.synonym VALUES (200, 'armoires de cuisine', 'fr', 'materiaux');
INSERT INTO public.synonym VALUES (201, 'baignoire', 'fr', 'materiaux');
INSERT INTO public.synonym VALUES (202, 'bain', 'fr', 'materiaux');
INSERT INTO public.synonym VALUES (203, 'bardeaux', 'fr', 'materiaux');
INSERT INTO public.synonym VALUES (204, 'bardeaux d''asphalte', 'fr', 'materiaux');
INSERT INTO public.synonym VALUES (205, 'bois', 'fr', 'materiaux');
INSERT INTO public.synonym VALUES (206, 'bois de construction', 'fr', 'materiaux');
INSERT INTO public.synonym VALUES (207, 'bois franc', 'fr', 'materiaux');
INSERT INTO public.synonym VALUES (208, 'bois traité', 'fr', 'materiaux');
INSERT INTO public.synonym VALUES (209, 'brique', 'fr', 'materiaux');
INSERT INTO public.synonym VALUES (210, 'béton', 'fr', 'materiaux');
INSERT INTO public.synonym VALUES (211, 'clous', 'fr', 'materiaux');
INSERT INTO public.synonym VALUES (212, 'comptoir de cuisine', 'fr', 'materiaux');
INSERT INTO public.synonym VALUES (213, 'contreplaqué', 'fr', 'materiaux');
INSERT INTO public.synonym VALUES (214, 'céramique', 'fr', 'materiaux');
INSERT INTO public.synonym VALUES (215, 'débris de construction', 'fr', 'materiaux');
INSERT INTO public.synonym VALUES (216, 'fenêtres', 'fr', 'materiaux');
INSERT INTO public.synonym VALUES (217, 'ferraille', 'fr', 'materiaux');
INSERT INTO public.synonym VALUES (218, 'fils électriques', 'fr', 'materiaux');
INSERT INTO public.synonym VALUES (219, 'gypse', 'fr', 'materiaux');
INSERT INTO public.synonym VALUES (220, 'isolant', 'fr', 'materiaux');
INSERT INTO public.synonym VALUES (221, 'laine minérale', 'fr', 'materiaux');
INSERT INTO public.synonym VALUES (222, 'lavabo', 'fr', 'materiaux');
INSERT INTO public.synonym VALUES (223, 'luminaires', 'fr', 'materiaux');
INSERT INTO public.synonym VALUES (224, 'matériaux', 'fr', 'materiaux');
INSERT INTO public.synonym VALUES (225, 'matériaux de construction', 'fr', 'materiaux');
INSERT INTO public.synonym VALUES (226, 'moulures', 'fr', 'materiaux');
INSERT INTO public.synonym VALUES (227, 'métal', 'fr', 'materiaux');
INSERT INTO public.synonym VALUES (228, 'pierre', 'fr', 'materiaux');
INSERT INTO public.synonym VALUES (229, 'placoplâtre', 'fr', 'materiaux');
INSERT INTO public.synonym VALUES (230, 'plancher flottant', 'fr', 'materiaux');
INSERT INTO public.synonym VALUES (231, 'planches', 'fr', 'materiaux');
INSERT INTO public.synonym VALUES (232, 'plomberie', 'fr', 'materiaux');
INSERT INTO public.synonym VALUES (233, 'portes', 'fr', 'materiaux');
INSERT INTO public.synonym VALUES (234, 'prélart', 'fr', 'materiaux');
INSERT INTO public.synonym VALUES (235, 'quincaillerie', 'fr', 'materiaux');
INSERT INTO public.synonym VALUES (236, 'rebuts de rénovation', 'fr', 'materiaux');
INSERT INTO public.synonym VALUES (237, 'robinet', 'fr', 'materiaux');
INSERT INTO public.synonym VALUES (238, 'toilette', 'fr', 'materiaux');
INSERT INTO public.synonym VALUES (239, 'tuiles', 'fr', 'materiaux');
INSERT INTO public.synonym VALUES (240, 'tuyaux', 'fr', 'materiaux');
INSERT INTO public.synonym VALUES (241, 'vis', 'fr', 'materiaux');
INSERT INTO public.synonym VALUES (242, 'évier', 'fr', 'materiaux');
INSERT INTO public.synonym VALUES (243, 'armoire', 'fr', 'meubles');
INSERT INTO public.synonym VALUES (244, 'armoires de cuisine', 'fr', 'meubles');
INSERT INTO public.synonym VALUES (245, 'banc', 'fr', 'meubles');
INSERT INTO public.synonym VALUES (246, 'base de lit', 'fr', 'meubles');
INSERT INTO public.synonym VALUES (247, 'berceuse', 'fr', 'meubles');
INSERT INTO public.synonym VALUES (248, 'bibliothèque', 'fr', 'meubles');
INSERT INTO public.synonym VALUES (249, 'buffet', 'fr', 'meubles');
INSERT INTO public.synonym VALUES (250, 'bureau', 'fr', 'meubles');
INSERT INTO public.synonym VALUES (251, 'bureau d''ordinateur', 'fr', 'meubles');
INSERT INTO public.synonym VALUES (252, 'causeuse', 'fr', 'meubles');
INSERT INTO public.synonym VALUES (253, 'chaise', 'fr', 'meubles');
INSERT INTO public.synonym VALUES (254, 'chaise berçante', 'fr', 'meubles');
INSERT INTO public.synonym VALUES (255, 'chiffonnier', 'fr', 'meubles');
INSERT INTO public.synonym VALUES (256, 'classeur', 'fr', 'meubles');
INSERT INTO public.synonym VALUES (257, 'commode', 'fr', 'meubles');
INSERT INTO public.synonym VALUES (258, 'divan', 'fr', 'meubles');
INSERT INTO public.synonym VALUES (259, 'fauteuil', 'fr', 'meubles');
INSERT INTO public.synonym VALUES (260, 'futon', 'fr', 'meubles');
INSERT INTO public.synonym VALUES (261, 'garde-robe', 'fr', 'meubles');
INSERT INTO public.synonym VALUES (262, 'lazy-boy', 'fr', 'meubles');
INSERT INTO public.synonym VALUES (263, 'lit', 'fr', 'meubles');
INSERT INTO public.synonym VALUES (264, 'lit superposé', 'fr', 'meubles');
INSERT INTO public.synonym VALUES (265, 'matelas', 'fr', 'meubles');
INSERT INTO public.synonym VALUES (266, 'meuble télé', 'fr', 'meubles');
INSERT INTO public.synonym VALUES (267, 'meubles', 'fr', 'meubles');
INSERT INTO public.synonym VALUES (268, 'mobilier de patio', 'fr', 'meubles');
INSERT INTO public.synonym VALUES (269, 'mobilier de salon', 'fr', 'meubles');
INSERT INTO public.synonym VALUES (270, 'set de chambre', 'fr', 'meubles');
INSERT INTO public.synonym VALUES (271, 'set de cuisine', 'fr', 'meubles');
INSERT INTO public.synonym VALUES (272, 'set de salon', 'fr', 'meubles');
INSERT INTO public.synonym VALUES (273, 'sofa', 'fr', 'meubles');
INSERT INTO public.synonym VALUES (274, 'sofa-lit', 'fr', 'meubles');
INSERT INTO public.synonym VALUES (275, 'sommier', 'fr', 'meubles');
INSERT INTO public.synonym VALUES (276, 'table', 'fr', 'meubles');
INSERT INTO public.synonym VALUES (277, 'table de chevet', 'fr', 'meubles');
INSERT INTO public.synonym VALUES (278, 'table de cuisine', 'fr', 'meubles');
INSERT INTO public.synonym VALUES (279, 'table de salon', 'fr', 'meubles');
INSERT INTO public.synonym VALUES (280, 'tablette', 'fr', 'meubles');
INSERT INTO public.synonym VALUES (281, 'tabouret', 'fr', 'meubles');
INSERT INTO public.synonym VALUES (282, 'tête de lit', 'fr', 'meubles');
INSERT INTO public.synonym VALUES (283, 'vaisselier', 'fr', 'meubles');
INSERT INTO public.synonym VALUES (284, 'étagère', 'fr', 'meubles');
INSERT INTO public.synonym VALUES (285, 'boyau d''arrosage', 'fr', 'outils');
INSERT INTO public.synonym VALUES (286, 'brouette', 'fr', 'outils');
INSERT INTO public.synonym VALUES (287, 'clé à molette', 'fr', 'outils');
INSERT INTO public.synonym VALUES (288, 'clés', 'fr', 'outils');
INSERT INTO public.synonym VALUES (289, 'coffre à outils', 'fr', 'outils');
INSERT INTO public.synonym VALUES (290, 'compresseur', 'fr', 'outils');
INSERT INTO public.synonym VALUES (291, 'coupe-bordure', 'fr', 'outils');
INSERT INTO public.synonym VALUES (292, 'drill', 'fr', 'outils');
INSERT INTO public.synonym VALUES (293, 'escabeau', 'fr', 'outils');
INSERT INTO public.synonym VALUES (294, 'génératrice', 'fr', 'outils');
INSERT INTO public.synonym VALUES (295, 'marteau', 'fr', 'outils');
INSERT INTO public.synonym VALUES (296, 'niveau', 'fr', 'outils');
INSERT INTO public.synonym VALUES (297, 'outils', 'fr', 'outils');
INSERT INTO public.synonym VALUES (298, 'outils de jardin', 'fr', 'outils');
INSERT INTO public.synonym VALUES (299, 'pelle', 'fr', 'outils');
INSERT INTO public.synonym VALUES (300, 'pelle à neige', 'fr', 'outils');
INSERT INTO public.synonym VALUES (301, 'perceuse', 'fr', 'outils');
INSERT INTO public.synonym VALUES (302, 'ponceuse', 'fr', 'outils');
INSERT INTO public.synonym VALUES (303, 'rallonge électrique', 'fr', 'outils');
INSERT INTO public.synonym VALUES (304, 'râteau', 'fr', 'outils');
INSERT INTO public.synonym VALUES (305, 'sableuse', 'fr', 'outils');
INSERT INTO public.synonym VALUES (306, 'scie', 'fr', 'outils');
INSERT INTO public.synonym VALUES (307, 'scie ronde', 'fr', 'outils');
INSERT INTO public.synonym VALUES (308, 'scie à chaîne', 'fr', 'outils');
INSERT INTO public.synonym VALUES (309, 'souffleuse', 'fr', 'outils');
INSERT INTO public.synonym VALUES (310, 'souffleuse à neige', 'fr', 'outils');
INSERT INTO public.synonym VALUES (311, 'taille-haie', 'fr', 'outils');
INSERT INTO public.synonym VALUES (312, 'tondeuse', 'fr', 'outils');
INSERT INTO public.synonym VALUES (313, 'tondeuse à gazon', 'fr', 'outils');
INSERT INTO public.synonym VALUES (314, 'tournevis', 'fr', 'outils');
INSERT INTO public.synonym VALUES (315, 'échelle', 'fr', 'outils');
INSERT INTO public.synonym VALUES (316, 'établi', 'fr', 'outils');
INSERT INTO public.synonym VALUES (317, 'ampoules fluocompactes', 'fr', 'peinture-rdd');
INSERT INTO public.synonym VALUES (318, 'antigel', 'fr', 'peinture-rdd');
INSERT INTO public.synonym VALUES (319, 'aérosols', 'fr', 'peinture-rdd');
INSERT INTO public.synonym VALUES (320, 'batterie d''auto', 'fr', 'peinture-rdd');
INSERT INTO public.synonym VALUES (321, 'batteries', 'fr', 'peinture-rdd');
INSERT INTO public.synonym VALUES (322, 'bombes aérosol', 'fr', 'peinture-rdd');
INSERT INTO public.synonym VALUES (323, 'bonbonne de propane', 'fr', 'peinture-rdd');
INSERT INTO public.synonym VALUES (324, 'calfeutrant', 'fr', 'peinture-rdd');
INSERT INTO public.synonym VALUES (325, 'chlore', 'fr', 'peinture-rdd');
INSERT INTO public.synonym VALUES (326, 'colle', 'fr', 'peinture-rdd');
INSERT INTO public.synonym VALUES (327, 'diluant', 'fr', 'peinture-rdd');
INSERT INTO public.synonym VALUES (328, 'essence', 'fr', 'peinture-rdd');
INSERT INTO public.synonym VALUES (329, 'filtres à huile', 'fr', 'peinture-rdd');
INSERT INTO public.synonym VALUES (330, 'huile usée', 'fr', 'peinture-rdd');
INSERT INTO public.synonym VALUES (331, 'huile à moteur', 'fr', 'peinture-rdd');
INSERT INTO public.synonym VALUES (332, 'néons', 'fr', 'peinture-rdd');
INSERT INTO public.synonym VALUES (333, 'peinture', 'fr', 'peinture-rdd');
INSERT INTO public.synonym VALUES (334, 'pesticides', 'fr', 'peinture-rdd');
INSERT INTO public.synonym VALUES (335, 'piles', 'fr', 'peinture-rdd');
INSERT INTO public.synonym VALUES (336, 'pots de peinture', 'fr', 'peinture-rdd');
INSERT INTO public.synonym VALUES (337, 'produits chimiques', 'fr', 'peinture-rdd');
INSERT INTO public.synonym VALUES (338, 'produits de piscine', 'fr', 'peinture-rdd');
INSERT INTO public.synonym VALUES (339, 'produits ménagers', 'fr', 'peinture-rdd');
INSERT INTO public.synonym VALUES (340, 'propane', 'fr', 'peinture-rdd');
INSERT INTO public.synonym VALUES (341, 'RDD', 'fr', 'peinture-rdd');
INSERT INTO public.synonym VALUES (342, 'réservoir de propane', 'fr', 'peinture-rdd');
INSERT INTO public.synonym VALUES (343, 'résidus domestiques dangereux', 'fr', 'peinture-rdd');
INSERT INTO public.synonym VALUES (344, 'solvant', 'fr', 'peinture-rdd');
INSERT INTO public.synonym VALUES (345, 'teinture', 'fr', 'peinture-rdd');
INSERT INTO public.synonym VALUES (346, 'thermomètre au mercure', 'fr', 'peinture-rdd');
INSERT INTO public.synonym VALUES (347, 'tubes fluorescents', 'fr', 'peinture-rdd');
INSERT INTO public.synonym VALUES (348, 'vernis', 'fr', 'peinture-rdd');
INSERT INTO public.synonym VALUES (349, 'articles de sport', 'fr', 'sport-plein-air');
INSERT INTO public.synonym VALUES (350, 'ballon', 'fr', 'sport-plein-air');
INSERT INTO public.synonym VALUES (351, 'bottes de ski', 'fr', 'sport-plein-air');
INSERT INTO public.synonym VALUES (352, 'bâton de hockey', 'fr', 'sport-plein-air');
INSERT INTO public.synonym VALUES (353, 'bâtons de golf', 'fr', 'sport-plein-air');
INSERT INTO public.synonym VALUES (354, 'camping', 'fr', 'sport-plein-air');
INSERT INTO public.synonym VALUES (355, 'canne à pêche', 'fr', 'sport-plein-air');
INSERT INTO public.synonym VALUES (356, 'canot', 'fr', 'sport-plein-air');
INSERT INTO public.synonym VALUES (357, 'casque', 'fr', 'sport-plein-air');
INSERT INTO public.synonym VALUES (358, 'chaloupe', 'fr', 'sport-plein-air');
INSERT INTO public.synonym VALUES (359, 'crazy carpet', 'fr', 'sport-plein-air');
INSERT INTO public.synonym VALUES (360, 'glacière', 'fr', 'sport-plein-air');
INSERT INTO public.synonym VALUES (361, 'habit de motoneige', 'fr', 'sport-plein-air');
INSERT INTO public.synonym VALUES (362, 'haltères', 'fr', 'sport-plein-air');
INSERT INTO public.synonym VALUES (363, 'kayak', 'fr', 'sport-plein-air');
INSERT INTO public.synonym VALUES (364, 'luge', 'fr', 'sport-plein-air');
INSERT INTO public.synonym VALUES (365, 'patins', 'fr', 'sport-plein-air');
INSERT INTO public.synonym VALUES (366, 'patins à glace', 'fr', 'sport-plein-air');
INSERT INTO public.synonym VALUES (367, 'patins à roues alignées', 'fr', 'sport-plein-air');
INSERT INTO public.synonym VALUES (368, 'planche à neige', 'fr', 'sport-plein-air');
INSERT INTO public.synonym VALUES (369, 'planche à roulettes', 'fr', 'sport-plein-air');
INSERT INTO public.synonym VALUES (370, 'poids', 'fr', 'sport-plein-air');
INSERT INTO public.synonym VALUES (371, 'raquette de tennis', 'fr', 'sport-plein-air');
INSERT INTO public.synonym VALUES (372, 'raquettes', 'fr', 'sport-plein-air');
INSERT INTO public.synonym VALUES (373, 'raquettes à neige', 'fr', 'sport-plein-air');
INSERT INTO public.synonym VALUES (374, 'sac de couchage', 'fr', 'sport-plein-air');
INSERT INTO public.synonym VALUES (375, 'sac de golf', 'fr', 'sport-plein-air');
INSERT INTO public.synonym VALUES (376, 'skis', 'fr', 'sport-plein-air');
INSERT INTO public.synonym VALUES (377, 'tapis roulant', 'fr', 'sport-plein-air');
INSERT INTO public.synonym VALUES (378, 'tente', 'fr', 'sport-plein-air');
INSERT INTO public.synonym VALUES (379, 'toboggan', 'fr', 'sport-plein-air');
INSERT INTO public.synonym VALUES (380, 'traîne-sauvage', 'fr', 'sport-plein-air');
INSERT INTO public.synonym VALUES (381, 'traîneau', 'fr', 'sport-plein-air');
INSERT INTO public.synonym VALUES (382, 'trottinette', 'fr', 'sport-plein-air');
INSERT INTO public.synonym VALUES (383, 'vélo d''exercice', 'fr', 'sport-plein-air');
INSERT INTO public.synonym VALUES (384, 'vélo stationnaire', 'fr', 'sport-plein-air');
INSERT INTO public.synonym VALUES (385, 'équipement de hockey', 'fr', 'sport-plein-air');
INSERT INTO public.synonym VALUES (386, 'équipement sportif', 'fr', 'sport-plein-air');
INSERT INTO public.synonym VALUES (387, 'catalogne', 'fr', 'textiles-maison');
INSERT INTO public.synonym VALUES (388, 'couette', 'fr', 'textiles-maison');
INSERT INTO public.synonym VALUES (389, 'courtepointe', 'fr', 'textiles-maison');
INSERT INTO public.synonym VALUES (390, 'coussins', 'fr', 'textiles-maison');
INSERT INTO public.synonym VALUES (391, 'couvertures', 'fr', 'textiles-maison');
INSERT INTO public.synonym VALUES (392, 'douillette', 'fr', 'textiles-maison');
INSERT INTO public.synonym VALUES (393, 'draps', 'fr', 'textiles-maison');
INSERT INTO public.synonym VALUES (394, 'débarbouillettes', 'fr', 'textiles-maison');
INSERT INTO public.synonym VALUES (395, 'guenilles', 'fr', 'textiles-maison');
INSERT INTO public.synonym VALUES (396, 'jetée', 'fr', 'textiles-maison');
INSERT INTO public.synonym VALUES (397, 'laine', 'fr', 'textiles-maison');
INSERT INTO public.synonym VALUES (398, 'linge de maison', 'fr', 'textiles-maison');
INSERT INTO public.synonym VALUES (399, 'linge de table', 'fr', 'textiles-maison');
INSERT INTO public.synonym VALUES (400, 'literie', 'fr', 'textiles-maison');
INSERT INTO public.synonym VALUES (401, 'nappe', 'fr', 'textiles-maison');
INSERT INTO public.synonym VALUES (402, 'oreillers', 'fr', 'textiles-maison');
INSERT INTO public.synonym VALUES (403, 'retailles de tissu', 'fr', 'textiles-maison');
INSERT INTO public.synonym VALUES (404, 'rideaux', 'fr', 'textiles-maison');
INSERT INTO public.synonym VALUES (405, 'serviettes', 'fr', 'textiles-maison');
INSERT INTO public.synonym VALUES (406, 'taies d''oreiller', 'fr', 'textiles-maison');
INSERT INTO public.synonym VALUES (407, 'tapis', 'fr', 'textiles-maison');
INSERT INTO public.synonym VALUES (408, 'tissu', 'fr', 'textiles-maison');
INSERT INTO public.synonym VALUES (409, 'bicik', 'fr', 'velos');
INSERT INTO public.synonym VALUES (410, 'bicycle', 'fr', 'velos');
INSERT INTO public.synonym VALUES (411, 'bicyclette', 'fr', 'velos');
INSERT INTO public.synonym VALUES (412, 'bicyk', 'fr', 'velos');
INSERT INTO public.synonym VALUES (413, 'bécik', 'fr', 'velos');
INSERT INTO public.synonym VALUES (414, 'casque de vélo', 'fr', 'velos');
INSERT INTO public.synonym VALUES (415, 'chambre à air', 'fr', 'velos');
INSERT INTO public.synonym VALUES (416, 'pièces de vélo', 'fr', 'velos');
INSERT INTO public.synonym VALUES (417, 'pneu de vélo', 'fr', 'velos');
INSERT INTO public.synonym VALUES (418, 'remorque à vélo', 'fr', 'velos');
INSERT INTO public.synonym VALUES (419, 'roue de vélo', 'fr', 'velos');
INSERT INTO public.synonym VALUES (420, 'siège de vélo', 'fr', 'velos');
INSERT INTO public.synonym VALUES (421, 'tandem', 'fr', 'velos');
INSERT INTO public.synonym VALUES (422, 'tricycle', 'fr', 'velos');
INSERT INTO public.synonym VALUES (423, 'vélo', 'fr', 'velos');
INSERT INTO public.synonym VALUES (424, 'vélo de montagne', 'fr', 'velos');
INSERT INTO public.synonym VALUES (425, 'vélo de route', 'fr', 'velos');
INSERT INTO public.synonym VALUES (426, 'vélo pour enfant', 'fr', 'velos');
INSERT INTO public.synonym VALUES (427, 'vélo électrique', 'fr', 'velos');
INSERT INTO public.synonym VALUES (428, 'vélos', 'fr', 'velos');
INSERT INTO public.synonym VALUES (429, 'bas', 'fr', 'vetements');
INSERT INTO public.synonym VALUES (430, 'bijoux', 'fr', 'vetements');
INSERT INTO public.synonym VALUES (431, 'bottes', 'fr', 'vetements');
INSERT INTO public.synonym VALUES (432, 'bottes d''hiver', 'fr', 'vetements');
INSERT INTO public.synonym VALUES (433, 'bottes de travail', 'fr', 'vetements');
INSERT INTO public.synonym VALUES (434, 'cache-cou', 'fr', 'vetements');
INSERT INTO public.synonym VALUES (435, 'casquette', 'fr', 'vetements');
INSERT INTO public.synonym VALUES (436, 'ceinture', 'fr', 'vetements');
INSERT INTO public.synonym VALUES (437, 'chandail', 'fr', 'vetements');
INSERT INTO public.synonym VALUES (438, 'chapeau', 'fr', 'vetements');
INSERT INTO public.synonym VALUES (439, 'chaussettes', 'fr', 'vetements');
INSERT INTO public.synonym VALUES (440, 'chaussures', 'fr', 'vetements');
INSERT INTO public.synonym VALUES (441, 'chemise', 'fr', 'vetements');
INSERT INTO public.synonym VALUES (442, 'costume d''Halloween', 'fr', 'vetements');
INSERT INTO public.synonym VALUES (443, 'coton ouaté', 'fr', 'vetements');
INSERT INTO public.synonym VALUES (444, 'cravate', 'fr', 'vetements');
INSERT INTO public.synonym VALUES (445, 'espadrilles', 'fr', 'vetements');
INSERT INTO public.synonym VALUES (446, 'foulard', 'fr', 'vetements');
INSERT INTO public.synonym VALUES (447, 'gants', 'fr', 'vetements');
INSERT INTO public.synonym VALUES (448, 'gougounes', 'fr', 'vetements');
INSERT INTO public.synonym VALUES (449, 'habit', 'fr', 'vetements');
INSERT INTO public.synonym VALUES (450, 'habit de motoneige', 'fr', 'vetements');
INSERT INTO public.synonym VALUES (451, 'habit de neige', 'fr', 'vetements');
INSERT INTO public.synonym VALUES (452, 'imperméable', 'fr', 'vetements');
INSERT INTO public.synonym VALUES (453, 'jeans', 'fr', 'vetements');
INSERT INTO public.synonym VALUES (454, 'jupe', 'fr', 'vetements');
INSERT INTO public.synonym VALUES (455, 'kangourou', 'fr', 'vetements');
INSERT INTO public.synonym VALUES (456, 'linge', 'fr', 'vetements');
INSERT INTO public.synonym VALUES (457, 'linge d''hiver', 'fr', 'vetements');
INSERT INTO public.synonym VALUES (458, 'linge de bébé', 'fr', 'vetements');
INSERT INTO public.synonym VALUES (459, 'manteau', 'fr', 'vetements');
INSERT INTO public.synonym VALUES (460, 'manteau d''hiver', 'fr', 'vetements');
INSERT INTO public.synonym VALUES (461, 'mitaines', 'fr', 'vetements');
INSERT INTO public.synonym VALUES (462, 'pantalons', 'fr', 'vetements');
INSERT INTO public.synonym VALUES (463, 'pyjama', 'fr', 'vetements');
INSERT INTO public.synonym VALUES (464, 'robe', 'fr', 'vetements');
INSERT INTO public.synonym VALUES (465, 'robe de mariée', 'fr', 'vetements');
INSERT INTO public.synonym VALUES (466, 'runnings', 'fr', 'vetements');
INSERT INTO public.synonym VALUES (467, 'sac à main', 'fr', 'vetements');
INSERT INTO public.synonym VALUES (468, 'sacoche', 'fr', 'vetements');
INSERT INTO public.synonym VALUES (469, 'sandales', 'fr', 'vetements');
INSERT INTO public.synonym VALUES (470, 'souliers', 'fr', 'vetements');
INSERT INTO public.synonym VALUES (471, 't-shirt', 'fr', 'vetements');
INSERT INTO public.synonym VALUES (472, 'tuque', 'fr', 'vetements');
INSERT INTO public.synonym VALUES (473, 'veston', 'fr', 'vetements');
INSERT INTO public.synonym VALUES (474, 'vêtements', 'fr', 'vetements');
INSERT INTO public.synonym VALUES (475, 'vêtements d''enfants', 'fr', 'vetements');
INSERT INTO public.synonym VALUES (476, 'vêtements de maternité', 'fr', 'vetements');
INSERT INTO public.synonym VALUES (477, 'vêtements de travail', 'fr', 'vetements');
INSERT INTO public.synonym VALUES (478, 'baby bath', 'en', 'bebe-enfants');
INSERT INTO public.synonym VALUES (479, 'baby bottles', 'en', 'bebe-enfants');
INSERT INTO public.synonym VALUES (480, 'baby carrier', 'en', 'bebe-enfants');
INSERT INTO public.synonym VALUES (481, 'baby clothes', 'en', 'bebe-enfants');
INSERT INTO public.synonym VALUES (482, 'baby gate', 'en', 'bebe-enfants');
INSERT INTO public.synonym VALUES (483, 'baby gear', 'en', 'bebe-enfants');
INSERT INTO public.synonym VALUES (484, 'baby items', 'en', 'bebe-enfants');
INSERT INTO public.synonym VALUES (485, 'baby toys', 'en', 'bebe-enfants');
INSERT INTO public.synonym VALUES (486, 'bassinet', 'en', 'bebe-enfants');
INSERT INTO public.synonym VALUES (487, 'booster seat', 'en', 'bebe-enfants');
INSERT INTO public.synonym VALUES (488, 'bouncer', 'en', 'bebe-enfants');
INSERT INTO public.synonym VALUES (489, 'breast pump', 'en', 'bebe-enfants');
INSERT INTO public.synonym VALUES (490, 'car seat', 'en', 'bebe-enfants');
INSERT INTO public.synonym VALUES (491, 'changing table', 'en', 'bebe-enfants');
INSERT INTO public.synonym VALUES (492, 'children''s clothes', 'en', 'bebe-enfants');
INSERT INTO public.synonym VALUES (493, 'crib', 'en', 'bebe-enfants');
INSERT INTO public.synonym VALUES (494, 'high chair', 'en', 'bebe-enfants');
INSERT INTO public.synonym VALUES (495, 'jumper', 'en', 'bebe-enfants');
INSERT INTO public.synonym VALUES (496, 'kids clothes', 'en', 'bebe-enfants');
INSERT INTO public.synonym VALUES (497, 'maternity clothes', 'en', 'bebe-enfants');
INSERT INTO public.synonym VALUES (498, 'playpen', 'en', 'bebe-enfants');
INSERT INTO public.synonym VALUES (499, 'pram', 'en', 'bebe-enfants');
INSERT INTO public.synonym VALUES (500, 'snowsuit', 'en', 'bebe-enfants');
INSERT INTO public.synonym VALUES (501, 'stroller', 'en', 'bebe-enfants');
INSERT INTO public.synonym VALUES (502, 'baking pans', 'en', 'cuisine');
INSERT INTO public.synonym VALUES (503, 'bowls', 'en', 'cuisine');
INSERT INTO public.synonym VALUES (504, 'coffee maker', 'en', 'cuisine');
INSERT INTO public.synonym VALUES (505, 'cookware', 'en', 'cuisine');
INSERT INTO public.synonym VALUES (506, 'cups', 'en', 'cuisine');
INSERT INTO public.synonym VALUES (507, 'cutlery', 'en', 'cuisine');
INSERT INTO public.synonym VALUES (508, 'dishes', 'en', 'cuisine');
INSERT INTO public.synonym VALUES (509, 'frying pan', 'en', 'cuisine');
INSERT INTO public.synonym VALUES (510, 'glasses', 'en', 'cuisine');
INSERT INTO public.synonym VALUES (511, 'jars', 'en', 'cuisine');
INSERT INTO public.synonym VALUES (512, 'kitchenware', 'en', 'cuisine');
INSERT INTO public.synonym VALUES (513, 'Mason jars', 'en', 'cuisine');
INSERT INTO public.synonym VALUES (514, 'mugs', 'en', 'cuisine');
INSERT INTO public.synonym VALUES (515, 'pans', 'en', 'cuisine');
INSERT INTO public.synonym VALUES (516, 'plates', 'en', 'cuisine');
INSERT INTO public.synonym VALUES (517, 'pots', 'en', 'cuisine');
INSERT INTO public.synonym VALUES (518, 'pots and pans', 'en', 'cuisine');
INSERT INTO public.synonym VALUES (519, 'silverware', 'en', 'cuisine');
INSERT INTO public.synonym VALUES (520, 'slow cooker', 'en', 'cuisine');
INSERT INTO public.synonym VALUES (521, 'teapot', 'en', 'cuisine');
INSERT INTO public.synonym VALUES (522, 'thermos', 'en', 'cuisine');
INSERT INTO public.synonym VALUES (523, 'toaster', 'en', 'cuisine');
INSERT INTO public.synonym VALUES (524, 'Tupperware', 'en', 'cuisine');
INSERT INTO public.synonym VALUES (525, 'utensils', 'en', 'cuisine');
INSERT INTO public.synonym VALUES (526, 'antiques', 'en', 'decoration');
INSERT INTO public.synonym VALUES (527, 'artificial Christmas tree', 'en', 'decoration');
INSERT INTO public.synonym VALUES (528, 'artificial plants', 'en', 'decoration');
INSERT INTO public.synonym VALUES (529, 'artwork', 'en', 'decoration');
INSERT INTO public.synonym VALUES (530, 'baskets', 'en', 'decoration');
INSERT INTO public.synonym VALUES (531, 'candle holders', 'en', 'decoration');
INSERT INTO public.synonym VALUES (532, 'candles', 'en', 'decoration');
INSERT INTO public.synonym VALUES (533, 'Christmas decorations', 'en', 'decoration');
INSERT INTO public.synonym VALUES (534, 'clock', 'en', 'decoration');
INSERT INTO public.synonym VALUES (535, 'collectibles', 'en', 'decoration');
INSERT INTO public.synonym VALUES (536, 'decor', 'en', 'decoration');
INSERT INTO public.synonym VALUES (537, 'decorations', 'en', 'decoration');
INSERT INTO public.synonym VALUES (538, 'figurines', 'en', 'decoration');
INSERT INTO public.synonym VALUES (539, 'floor lamp', 'en', 'decoration');
INSERT INTO public.synonym VALUES (540, 'frames', 'en', 'decoration');
INSERT INTO public.synonym VALUES (541, 'home decor', 'en', 'decoration');
INSERT INTO public.synonym VALUES (542, 'knick-knacks', 'en', 'decoration');
INSERT INTO public.synonym VALUES (543, 'lamps', 'en', 'decoration');
INSERT INTO public.synonym VALUES (544, 'light fixtures', 'en', 'decoration');
INSERT INTO public.synonym VALUES (545, 'mirrors', 'en', 'decoration');
INSERT INTO public.synonym VALUES (546, 'ornaments', 'en', 'decoration');
INSERT INTO public.synonym VALUES (547, 'paintings', 'en', 'decoration');
INSERT INTO public.synonym VALUES (548, 'picture frames', 'en', 'decoration');
INSERT INTO public.synonym VALUES (549, 'rugs', 'en', 'decoration');
INSERT INTO public.synonym VALUES (550, 'vases', 'en', 'decoration');
INSERT INTO public.synonym VALUES (551, 'air conditioner', 'en', 'electromenagers');
INSERT INTO public.synonym VALUES (552, 'appliances', 'en', 'electromenagers');
INSERT INTO public.synonym VALUES (553, 'blender', 'en', 'electromenagers');
INSERT INTO public.synonym VALUES (554, 'coffee maker', 'en', 'electromenagers');
INSERT INTO public.synonym VALUES (555, 'deep fryer', 'en', 'electromenagers');
INSERT INTO public.synonym VALUES (556, 'dehumidifier', 'en', 'electromenagers');
INSERT INTO public.synonym VALUES (557, 'dishwasher', 'en', 'electromenagers');
INSERT INTO public.synonym VALUES (558, 'dryer', 'en', 'electromenagers');
INSERT INTO public.synonym VALUES (559, 'fan', 'en', 'electromenagers');
INSERT INTO public.synonym VALUES (560, 'food processor', 'en', 'electromenagers');
INSERT INTO public.synonym VALUES (561, 'freezer', 'en', 'electromenagers');
INSERT INTO public.synonym VALUES (562, 'fridge', 'en', 'electromenagers');
INSERT INTO public.synonym VALUES (563, 'iron', 'en', 'electromenagers');
INSERT INTO public.synonym VALUES (564, 'kettle', 'en', 'electromenagers');
INSERT INTO public.synonym VALUES (565, 'microwave', 'en', 'electromenagers');
INSERT INTO public.synonym VALUES (566, 'oven', 'en', 'electromenagers');
INSERT INTO public.synonym VALUES (567, 'range', 'en', 'electromenagers');
INSERT INTO public.synonym VALUES (568, 'range hood', 'en', 'electromenagers');
INSERT INTO public.synonym VALUES (569, 'refrigerator', 'en', 'electromenagers');
INSERT INTO public.synonym VALUES (570, 'sewing machine', 'en', 'electromenagers');
INSERT INTO public.synonym VALUES (571, 'slow cooker', 'en', 'electromenagers');
INSERT INTO public.synonym VALUES (572, 'space heater', 'en', 'electromenagers');
INSERT INTO public.synonym VALUES (573, 'stove', 'en', 'electromenagers');
INSERT INTO public.synonym VALUES (574, 'toaster', 'en', 'electromenagers');
INSERT INTO public.synonym VALUES (575, 'vacuum', 'en', 'electromenagers');
INSERT INTO public.synonym VALUES (576, 'vacuum cleaner', 'en', 'electromenagers');
INSERT INTO public.synonym VALUES (577, 'washer', 'en', 'electromenagers');
INSERT INTO public.synonym VALUES (578, 'washing machine', 'en', 'electromenagers');
INSERT INTO public.synonym VALUES (579, 'water heater', 'en', 'electromenagers');
INSERT INTO public.synonym VALUES (580, 'cables', 'en', 'electronique');
INSERT INTO public.synonym VALUES (581, 'camera', 'en', 'electronique');
INSERT INTO public.synonym VALUES (582, 'cell phone', 'en', 'electronique');
INSERT INTO public.synonym VALUES (583, 'cellphone', 'en', 'electronique');
INSERT INTO public.synonym VALUES (584, 'chargers', 'en', 'electronique');
INSERT INTO public.synonym VALUES (585, 'computer', 'en', 'electronique');
INSERT INTO public.synonym VALUES (586, 'controller', 'en', 'electronique');
INSERT INTO public.synonym VALUES (587, 'DVD player', 'en', 'electronique');
INSERT INTO public.synonym VALUES (588, 'e-reader', 'en', 'electronique');
INSERT INTO public.synonym VALUES (589, 'e-waste', 'en', 'electronique');
INSERT INTO public.synonym VALUES (590, 'electronics', 'en', 'electronique');
INSERT INTO public.synonym VALUES (591, 'game console', 'en', 'electronique');
INSERT INTO public.synonym VALUES (592, 'GPS', 'en', 'electronique');
INSERT INTO public.synonym VALUES (593, 'ink cartridges', 'en', 'electronique');
INSERT INTO public.synonym VALUES (594, 'keyboard', 'en', 'electronique');
INSERT INTO public.synonym VALUES (595, 'laptop', 'en', 'electronique');
INSERT INTO public.synonym VALUES (596, 'modem', 'en', 'electronique');
INSERT INTO public.synonym VALUES (597, 'monitor', 'en', 'electronique');
INSERT INTO public.synonym VALUES (598, 'mouse', 'en', 'electronique');
INSERT INTO public.synonym VALUES (599, 'phone', 'en', 'electronique');
INSERT INTO public.synonym VALUES (600, 'printer', 'en', 'electronique');
INSERT INTO public.synonym VALUES (601, 'radio', 'en', 'electronique');
INSERT INTO public.synonym VALUES (602, 'router', 'en', 'electronique');
INSERT INTO public.synonym VALUES (603, 'screen', 'en', 'electronique');
INSERT INTO public.synonym VALUES (604, 'smartphone', 'en', 'electronique');
INSERT INTO public.synonym VALUES (605, 'speakers', 'en', 'electronique');
INSERT INTO public.synonym VALUES (606, 'stereo', 'en', 'electronique');
INSERT INTO public.synonym VALUES (607, 'tablet', 'en', 'electronique');
INSERT INTO public.synonym VALUES (608, 'television', 'en', 'electronique');
INSERT INTO public.synonym VALUES (609, 'TV', 'en', 'electronique');
INSERT INTO public.synonym VALUES (610, 'video games', 'en', 'electronique');
INSERT INTO public.synonym VALUES (611, 'action figures', 'en', 'jouets');
INSERT INTO public.synonym VALUES (612, 'board games', 'en', 'jouets');
INSERT INTO public.synonym VALUES (613, 'building blocks', 'en', 'jouets');
INSERT INTO public.synonym VALUES (614, 'costumes', 'en', 'jouets');
INSERT INTO public.synonym VALUES (615, 'dolls', 'en', 'jouets');
INSERT INTO public.synonym VALUES (616, 'game console', 'en', 'jouets');
INSERT INTO public.synonym VALUES (617, 'games', 'en', 'jouets');
INSERT INTO public.synonym VALUES (618, 'jigsaw puzzles', 'en', 'jouets');
INSERT INTO public.synonym VALUES (619, 'Lego', 'en', 'jouets');
INSERT INTO public.synonym VALUES (620, 'play kitchen', 'en', 'jouets');
INSERT INTO public.synonym VALUES (621, 'plush toys', 'en', 'jouets');
INSERT INTO public.synonym VALUES (622, 'puzzles', 'en', 'jouets');
INSERT INTO public.synonym VALUES (623, 'remote control car', 'en', 'jouets');
INSERT INTO public.synonym VALUES (624, 'scooter', 'en', 'jouets');
INSERT INTO public.synonym VALUES (625, 'stuffed animals', 'en', 'jouets');
INSERT INTO public.synonym VALUES (626, 'swing set', 'en', 'jouets');
INSERT INTO public.synonym VALUES (627, 'toy cars', 'en', 'jouets');
INSERT INTO public.synonym VALUES (628, 'toys', 'en', 'jouets');
INSERT INTO public.synonym VALUES (629, 'tricycle', 'en', 'jouets');
INSERT INTO public.synonym VALUES (630, 'audiobooks', 'en', 'livres-medias');
INSERT INTO public.synonym VALUES (631, 'Blu-ray', 'en', 'livres-medias');
INSERT INTO public.synonym VALUES (632, 'book', 'en', 'livres-medias');
INSERT INTO public.synonym VALUES (633, 'books', 'en', 'livres-medias');
INSERT INTO public.synonym VALUES (634, 'cassettes', 'en', 'livres-medias');
INSERT INTO public.synonym VALUES (635, 'CDs', 'en', 'livres-medias');
INSERT INTO public.synonym VALUES (636, 'children''s books', 'en', 'livres-medias');
INSERT INTO public.synonym VALUES (637, 'comic books', 'en', 'livres-medias');
INSERT INTO public.synonym VALUES (638, 'comics', 'en', 'livres-medias');
INSERT INTO public.synonym VALUES (639, 'cookbooks', 'en', 'livres-medias');
INSERT INTO public.synonym VALUES (640, 'dictionaries', 'en', 'livres-medias');
INSERT INTO public.synonym VALUES (641, 'DVDs', 'en', 'livres-medias');
INSERT INTO public.synonym VALUES (642, 'encyclopedias', 'en', 'livres-medias');
INSERT INTO public.synonym VALUES (643, 'LPs', 'en', 'livres-medias');
INSERT INTO public.synonym VALUES (644, 'magazines', 'en', 'livres-medias');
INSERT INTO public.synonym VALUES (645, 'movies', 'en', 'livres-medias');
INSERT INTO public.synonym VALUES (646, 'novels', 'en', 'livres-medias');
INSERT INTO public.synonym VALUES (647, 'records', 'en', 'livres-medias');
INSERT INTO public.synonym VALUES (648, 'sheet music', 'en', 'livres-medias');
INSERT INTO public.synonym VALUES (649, 'textbooks', 'en', 'livres-medias');
INSERT INTO public.synonym VALUES (650, 'video games', 'en', 'livres-medias');
INSERT INTO public.synonym VALUES (651, 'vinyl', 'en', 'livres-medias');
INSERT INTO public.synonym VALUES (652, '2x4', 'en', 'materiaux');
INSERT INTO public.synonym VALUES (653, 'bathtub', 'en', 'materiaux');
INSERT INTO public.synonym VALUES (654, 'boards', 'en', 'materiaux');
INSERT INTO public.synonym VALUES (655, 'bricks', 'en', 'materiaux');
INSERT INTO public.synonym VALUES (656, 'building materials', 'en', 'materiaux');
INSERT INTO public.synonym VALUES (657, 'ceramic tiles', 'en', 'materiaux');
INSERT INTO public.synonym VALUES (658, 'concrete', 'en', 'materiaux');
INSERT INTO public.synonym VALUES (659, 'construction materials', 'en', 'materiaux');
INSERT INTO public.synonym VALUES (660, 'construction waste', 'en', 'materiaux');
INSERT INTO public.synonym VALUES (661, 'countertop', 'en', 'materiaux');
INSERT INTO public.synonym VALUES (662, 'doors', 'en', 'materiaux');
INSERT INTO public.synonym VALUES (663, 'drywall', 'en', 'materiaux');
INSERT INTO public.synonym VALUES (664, 'electrical wire', 'en', 'materiaux');
INSERT INTO public.synonym VALUES (665, 'faucet', 'en', 'materiaux');
INSERT INTO public.synonym VALUES (666, 'flooring', 'en', 'materiaux');
INSERT INTO public.synonym VALUES (667, 'hardware', 'en', 'materiaux');
INSERT INTO public.synonym VALUES (668, 'hardwood', 'en', 'materiaux');
INSERT INTO public.synonym VALUES (669, 'insulation', 'en', 'materiaux');
INSERT INTO public.synonym VALUES (670, 'kitchen cabinets', 'en', 'materiaux');
INSERT INTO public.synonym VALUES (671, 'laminate flooring', 'en', 'materiaux');
INSERT INTO public.synonym VALUES (672, 'light fixtures', 'en', 'materiaux');
INSERT INTO public.synonym VALUES (673, 'lumber', 'en', 'materiaux');
INSERT INTO public.synonym VALUES (674, 'materials', 'en', 'materiaux');
INSERT INTO public.synonym VALUES (675, 'metal', 'en', 'materiaux');
INSERT INTO public.synonym VALUES (676, 'nails', 'en', 'materiaux');
INSERT INTO public.synonym VALUES (677, 'pipes', 'en', 'materiaux');
INSERT INTO public.synonym VALUES (678, 'plumbing', 'en', 'materiaux');
INSERT INTO public.synonym VALUES (679, 'plywood', 'en', 'materiaux');
INSERT INTO public.synonym VALUES (680, 'renovation debris', 'en', 'materiaux');
INSERT INTO public.synonym VALUES (681, 'scrap metal', 'en', 'materiaux');
INSERT INTO public.synonym VALUES (682, 'screws', 'en', 'materiaux');
INSERT INTO public.synonym VALUES (683, 'shingles', 'en', 'materiaux');
INSERT INTO public.synonym VALUES (684, 'sink', 'en', 'materiaux');
INSERT INTO public.synonym VALUES (685, 'stone', 'en', 'materiaux');
INSERT INTO public.synonym VALUES (686, 'tiles', 'en', 'materiaux');
INSERT INTO public.synonym VALUES (687, 'toilet', 'en', 'materiaux');
INSERT INTO public.synonym VALUES (688, 'trim', 'en', 'materiaux');
INSERT INTO public.synonym VALUES (689, 'windows', 'en', 'materiaux');
INSERT INTO public.synonym VALUES (690, 'wood', 'en', 'materiaux');
INSERT INTO public.synonym VALUES (691, 'armchair', 'en', 'meubles');
INSERT INTO public.synonym VALUES (692, 'armoire', 'en', 'meubles');
INSERT INTO public.synonym VALUES (693, 'bed', 'en', 'meubles');
INSERT INTO public.synonym VALUES (694, 'bed frame', 'en', 'meubles');
INSERT INTO public.synonym VALUES (695, 'bench', 'en', 'meubles');
INSERT INTO public.synonym VALUES (696, 'bookcase', 'en', 'meubles');
INSERT INTO public.synonym VALUES (697, 'bookshelf', 'en', 'meubles');
INSERT INTO public.synonym VALUES (698, 'box spring', 'en', 'meubles');
INSERT INTO public.synonym VALUES (699, 'bunk bed', 'en', 'meubles');
INSERT INTO public.synonym VALUES (700, 'chair', 'en', 'meubles');
INSERT INTO public.synonym VALUES (701, 'coffee table', 'en', 'meubles');
INSERT INTO public.synonym VALUES (702, 'couch', 'en', 'meubles');
INSERT INTO public.synonym VALUES (703, 'desk', 'en', 'meubles');
INSERT INTO public.synonym VALUES (704, 'dining set', 'en', 'meubles');
INSERT INTO public.synonym VALUES (705, 'dresser', 'en', 'meubles');
INSERT INTO public.synonym VALUES (706, 'filing cabinet', 'en', 'meubles');
INSERT INTO public.synonym VALUES (707, 'furniture', 'en', 'meubles');
INSERT INTO public.synonym VALUES (708, 'futon', 'en', 'meubles');
INSERT INTO public.synonym VALUES (709, 'headboard', 'en', 'meubles');
INSERT INTO public.synonym VALUES (710, 'kitchen cabinets', 'en', 'meubles');
INSERT INTO public.synonym VALUES (711, 'kitchen table', 'en', 'meubles');
INSERT INTO public.synonym VALUES (712, 'loveseat', 'en', 'meubles');
INSERT INTO public.synonym VALUES (713, 'mattress', 'en', 'meubles');
INSERT INTO public.synonym VALUES (714, 'nightstand', 'en', 'meubles');
INSERT INTO public.synonym VALUES (715, 'patio furniture', 'en', 'meubles');
INSERT INTO public.synonym VALUES (716, 'recliner', 'en', 'meubles');
INSERT INTO public.synonym VALUES (717, 'rocking chair', 'en', 'meubles');
INSERT INTO public.synonym VALUES (718, 'shelf', 'en', 'meubles');
INSERT INTO public.synonym VALUES (719, 'sofa', 'en', 'meubles');
INSERT INTO public.synonym VALUES (720, 'sofa bed', 'en', 'meubles');
INSERT INTO public.synonym VALUES (721, 'stool', 'en', 'meubles');
INSERT INTO public.synonym VALUES (722, 'table', 'en', 'meubles');
INSERT INTO public.synonym VALUES (723, 'TV stand', 'en', 'meubles');
INSERT INTO public.synonym VALUES (724, 'wardrobe', 'en', 'meubles');
INSERT INTO public.synonym VALUES (725, 'chainsaw', 'en', 'outils');
INSERT INTO public.synonym VALUES (726, 'circular saw', 'en', 'outils');
INSERT INTO public.synonym VALUES (727, 'compressor', 'en', 'outils');
INSERT INTO public.synonym VALUES (728, 'drill', 'en', 'outils');
INSERT INTO public.synonym VALUES (729, 'extension cord', 'en', 'outils');
INSERT INTO public.synonym VALUES (730, 'garden hose', 'en', 'outils');
INSERT INTO public.synonym VALUES (731, 'garden tools', 'en', 'outils');
INSERT INTO public.synonym VALUES (732, 'generator', 'en', 'outils');
INSERT INTO public.synonym VALUES (733, 'hammer', 'en', 'outils');
INSERT INTO public.synonym VALUES (734, 'hedge trimmer', 'en', 'outils');
INSERT INTO public.synonym VALUES (735, 'ladder', 'en', 'outils');
INSERT INTO public.synonym VALUES (736, 'lawn mower', 'en', 'outils');
INSERT INTO public.synonym VALUES (737, 'lawnmower', 'en', 'outils');
INSERT INTO public.synonym VALUES (738, 'level', 'en', 'outils');
INSERT INTO public.synonym VALUES (739, 'rake', 'en', 'outils');
INSERT INTO public.synonym VALUES (740, 'sander', 'en', 'outils');
INSERT INTO public.synonym VALUES (741, 'saw', 'en', 'outils');
INSERT INTO public.synonym VALUES (742, 'screwdriver', 'en', 'outils');
INSERT INTO public.synonym VALUES (743, 'shovel', 'en', 'outils');
INSERT INTO public.synonym VALUES (744, 'snow blower', 'en', 'outils');
INSERT INTO public.synonym VALUES (745, 'snow shovel', 'en', 'outils');
INSERT INTO public.synonym VALUES (746, 'snowblower', 'en', 'outils');
INSERT INTO public.synonym VALUES (747, 'stepladder', 'en', 'outils');
INSERT INTO public.synonym VALUES (748, 'toolbox', 'en', 'outils');
INSERT INTO public.synonym VALUES (749, 'tools', 'en', 'outils');
INSERT INTO public.synonym VALUES (750, 'trimmer', 'en', 'outils');
INSERT INTO public.synonym VALUES (751, 'weed whacker', 'en', 'outils');
INSERT INTO public.synonym VALUES (752, 'wheelbarrow', 'en', 'outils');
INSERT INTO public.synonym VALUES (753, 'workbench', 'en', 'outils');
INSERT INTO public.synonym VALUES (754, 'wrench', 'en', 'outils');
INSERT INTO public.synonym VALUES (755, 'aerosol cans', 'en', 'peinture-rdd');
INSERT INTO public.synonym VALUES (756, 'antifreeze', 'en', 'peinture-rdd');
INSERT INTO public.synonym VALUES (757, 'batteries', 'en', 'peinture-rdd');
INSERT INTO public.synonym VALUES (758, 'car battery', 'en', 'peinture-rdd');
INSERT INTO public.synonym VALUES (759, 'caulking', 'en', 'peinture-rdd');
INSERT INTO public.synonym VALUES (760, 'CFL bulbs', 'en', 'peinture-rdd');
INSERT INTO public.synonym VALUES (761, 'chemicals', 'en', 'peinture-rdd');
INSERT INTO public.synonym VALUES (762, 'chlorine', 'en', 'peinture-rdd');
INSERT INTO public.synonym VALUES (763, 'cleaning products', 'en', 'peinture-rdd');
INSERT INTO public.synonym VALUES (764, 'fluorescent tubes', 'en', 'peinture-rdd');
INSERT INTO public.synonym VALUES (765, 'gasoline', 'en', 'peinture-rdd');
INSERT INTO public.synonym VALUES (766, 'glue', 'en', 'peinture-rdd');
INSERT INTO public.synonym VALUES (767, 'hazardous waste', 'en', 'peinture-rdd');
INSERT INTO public.synonym VALUES (768, 'HHW', 'en', 'peinture-rdd');
INSERT INTO public.synonym VALUES (769, 'household chemicals', 'en', 'peinture-rdd');
INSERT INTO public.synonym VALUES (770, 'household hazardous waste', 'en', 'peinture-rdd');
INSERT INTO public.synonym VALUES (771, 'mercury thermometer', 'en', 'peinture-rdd');
INSERT INTO public.synonym VALUES (772, 'motor oil', 'en', 'peinture-rdd');
INSERT INTO public.synonym VALUES (773, 'oil filters', 'en', 'peinture-rdd');
INSERT INTO public.synonym VALUES (774, 'paint', 'en', 'peinture-rdd');
INSERT INTO public.synonym VALUES (775, 'paint cans', 'en', 'peinture-rdd');
INSERT INTO public.synonym VALUES (776, 'paint thinner', 'en', 'peinture-rdd');
INSERT INTO public.synonym VALUES (777, 'pesticides', 'en', 'peinture-rdd');
INSERT INTO public.synonym VALUES (778, 'pool chemicals', 'en', 'peinture-rdd');
INSERT INTO public.synonym VALUES (779, 'propane', 'en', 'peinture-rdd');
INSERT INTO public.synonym VALUES (780, 'propane tank', 'en', 'peinture-rdd');
INSERT INTO public.synonym VALUES (781, 'solvents', 'en', 'peinture-rdd');
INSERT INTO public.synonym VALUES (782, 'spray cans', 'en', 'peinture-rdd');
INSERT INTO public.synonym VALUES (783, 'stain', 'en', 'peinture-rdd');
INSERT INTO public.synonym VALUES (784, 'used oil', 'en', 'peinture-rdd');
INSERT INTO public.synonym VALUES (785, 'varnish', 'en', 'peinture-rdd');
INSERT INTO public.synonym VALUES (786, 'ball', 'en', 'sport-plein-air');
INSERT INTO public.synonym VALUES (787, 'camping gear', 'en', 'sport-plein-air');
INSERT INTO public.synonym VALUES (788, 'canoe', 'en', 'sport-plein-air');
INSERT INTO public.synonym VALUES (789, 'cooler', 'en', 'sport-plein-air');
INSERT INTO public.synonym VALUES (790, 'dumbbells', 'en', 'sport-plein-air');
INSERT INTO public.synonym VALUES (791, 'exercise bike', 'en', 'sport-plein-air');
INSERT INTO public.synonym VALUES (792, 'fishing rod', 'en', 'sport-plein-air');
INSERT INTO public.synonym VALUES (793, 'golf bag', 'en', 'sport-plein-air');
INSERT INTO public.synonym VALUES (794, 'golf clubs', 'en', 'sport-plein-air');
INSERT INTO public.synonym VALUES (795, 'helmet', 'en', 'sport-plein-air');
INSERT INTO public.synonym VALUES (796, 'hockey gear', 'en', 'sport-plein-air');
INSERT INTO public.synonym VALUES (797, 'hockey stick', 'en', 'sport-plein-air');
INSERT INTO public.synonym VALUES (798, 'ice skates', 'en', 'sport-plein-air');
INSERT INTO public.synonym VALUES (799, 'inline skates', 'en', 'sport-plein-air');
INSERT INTO public.synonym VALUES (800, 'kayak', 'en', 'sport-plein-air');
INSERT INTO public.synonym VALUES (801, 'scooter', 'en', 'sport-plein-air');
INSERT INTO public.synonym VALUES (802, 'skateboard', 'en', 'sport-plein-air');
INSERT INTO public.synonym VALUES (803, 'skates', 'en', 'sport-plein-air');
INSERT INTO public.synonym VALUES (804, 'ski boots', 'en', 'sport-plein-air');
INSERT INTO public.synonym VALUES (805, 'skis', 'en', 'sport-plein-air');
INSERT INTO public.synonym VALUES (806, 'sled', 'en', 'sport-plein-air');
INSERT INTO public.synonym VALUES (807, 'sleeping bag', 'en', 'sport-plein-air');
INSERT INTO public.synonym VALUES (808, 'snowboard', 'en', 'sport-plein-air');
INSERT INTO public.synonym VALUES (809, 'snowshoes', 'en', 'sport-plein-air');
INSERT INTO public.synonym VALUES (810, 'sporting goods', 'en', 'sport-plein-air');
INSERT INTO public.synonym VALUES (811, 'sports equipment', 'en', 'sport-plein-air');
INSERT INTO public.synonym VALUES (812, 'tennis racket', 'en', 'sport-plein-air');
INSERT INTO public.synonym VALUES (813, 'tent', 'en', 'sport-plein-air');
INSERT INTO public.synonym VALUES (814, 'toboggan', 'en', 'sport-plein-air');
INSERT INTO public.synonym VALUES (815, 'treadmill', 'en', 'sport-plein-air');
INSERT INTO public.synonym VALUES (816, 'weights', 'en', 'sport-plein-air');
INSERT INTO public.synonym VALUES (817, 'bedding', 'en', 'textiles-maison');
INSERT INTO public.synonym VALUES (818, 'blankets', 'en', 'textiles-maison');
INSERT INTO public.synonym VALUES (819, 'comforter', 'en', 'textiles-maison');
INSERT INTO public.synonym VALUES (820, 'curtains', 'en', 'textiles-maison');
INSERT INTO public.synonym VALUES (821, 'cushions', 'en', 'textiles-maison');
INSERT INTO public.synonym VALUES (822, 'drapes', 'en', 'textiles-maison');
INSERT INTO public.synonym VALUES (823, 'duvet', 'en', 'textiles-maison');
INSERT INTO public.synonym VALUES (824, 'fabric', 'en', 'textiles-maison');
INSERT INTO public.synonym VALUES (825, 'linens', 'en', 'textiles-maison');
INSERT INTO public.synonym VALUES (826, 'pillowcases', 'en', 'textiles-maison');
INSERT INTO public.synonym VALUES (827, 'pillows', 'en', 'textiles-maison');
INSERT INTO public.synonym VALUES (828, 'quilt', 'en', 'textiles-maison');
INSERT INTO public.synonym VALUES (829, 'rags', 'en', 'textiles-maison');
INSERT INTO public.synonym VALUES (830, 'rugs', 'en', 'textiles-maison');
INSERT INTO public.synonym VALUES (831, 'sheets', 'en', 'textiles-maison');
INSERT INTO public.synonym VALUES (832, 'tablecloth', 'en', 'textiles-maison');
INSERT INTO public.synonym VALUES (833, 'towels', 'en', 'textiles-maison');
INSERT INTO public.synonym VALUES (834, 'yarn', 'en', 'textiles-maison');
INSERT INTO public.synonym VALUES (835, 'bicycle', 'en', 'velos');
INSERT INTO public.synonym VALUES (836, 'bike', 'en', 'velos');
INSERT INTO public.synonym VALUES (837, 'bike helmet', 'en', 'velos');
INSERT INTO public.synonym VALUES (838, 'bike parts', 'en', 'velos');
INSERT INTO public.synonym VALUES (839, 'bike tire', 'en', 'velos');
INSERT INTO public.synonym VALUES (840, 'bike trailer', 'en', 'velos');
INSERT INTO public.synonym VALUES (841, 'bike wheel', 'en', 'velos');
INSERT INTO public.synonym VALUES (842, 'bikes', 'en', 'velos');
INSERT INTO public.synonym VALUES (843, 'e-bike', 'en', 'velos');
INSERT INTO public.synonym VALUES (844, 'electric bike', 'en', 'velos');
INSERT INTO public.synonym VALUES (845, 'inner tube', 'en', 'velos');
INSERT INTO public.synonym VALUES (846, 'kids bike', 'en', 'velos');
INSERT INTO public.synonym VALUES (847, 'mountain bike', 'en', 'velos');
INSERT INTO public.synonym VALUES (848, 'road bike', 'en', 'velos');
INSERT INTO public.synonym VALUES (849, 'tandem', 'en', 'velos');
INSERT INTO public.synonym VALUES (850, 'tricycle', 'en', 'velos');
INSERT INTO public.synonym VALUES (851, 'belt', 'en', 'vetements');
INSERT INTO public.synonym VALUES (852, 'boots', 'en', 'vetements');
INSERT INTO public.synonym VALUES (853, 'clothes', 'en', 'vetements');
INSERT INTO public.synonym VALUES (854, 'clothing', 'en', 'vetements');
INSERT INTO public.synonym VALUES (855, 'coat', 'en', 'vetements');
INSERT INTO public.synonym VALUES (856, 'dress', 'en', 'vetements');
INSERT INTO public.synonym VALUES (857, 'gloves', 'en', 'vetements');
INSERT INTO public.synonym VALUES (858, 'Halloween costume', 'en', 'vetements');
INSERT INTO public.synonym VALUES (859, 'handbag', 'en', 'vetements');
INSERT INTO public.synonym VALUES (860, 'hat', 'en', 'vetements');
INSERT INTO public.synonym VALUES (861, 'hoodie', 'en', 'vetements');
INSERT INTO public.synonym VALUES (862, 'jacket', 'en', 'vetements');
INSERT INTO public.synonym VALUES (863, 'jeans', 'en', 'vetements');
INSERT INTO public.synonym VALUES (864, 'jewelry', 'en', 'vetements');
INSERT INTO public.synonym VALUES (865, 'mittens', 'en', 'vetements');
INSERT INTO public.synonym VALUES (866, 'pajamas', 'en', 'vetements');
INSERT INTO public.synonym VALUES (867, 'pants', 'en', 'vetements');
INSERT INTO public.synonym VALUES (868, 'purse', 'en', 'vetements');
INSERT INTO public.synonym VALUES (869, 'raincoat', 'en', 'vetements');
INSERT INTO public.synonym VALUES (870, 'sandals', 'en', 'vetements');
INSERT INTO public.synonym VALUES (871, 'scarf', 'en', 'vetements');
INSERT INTO public.synonym VALUES (872, 'shirt', 'en', 'vetements');
INSERT INTO public.synonym VALUES (873, 'shoes', 'en', 'vetements');
INSERT INTO public.synonym VALUES (874, 'skirt', 'en', 'vetements');
INSERT INTO public.synonym VALUES (875, 'sneakers', 'en', 'vetements');
INSERT INTO public.synonym VALUES (876, 'snowsuit', 'en', 'vetements');
INSERT INTO public.synonym VALUES (877, 'socks', 'en', 'vetements');
INSERT INTO public.synonym VALUES (878, 'suit', 'en', 'vetements');
INSERT INTO public.synonym VALUES (879, 'sweater', 'en', 'vetements');
INSERT INTO public.synonym VALUES (880, 'tie', 'en', 'vetements');
INSERT INTO public.synonym VALUES (881, 'toque', 'en', 'vetements');
INSERT INTO public.synonym VALUES (882, 'wedding dress', 'en', 'vetements');
INSERT INTO public.synonym VALUES (883, 'winter boots', 'en', 'vetements');
INSERT INTO public.synonym VALUES (884, 'winter coat', 'en', 'vetements');
INSERT INTO public.synonym VALUES (885, 'work clothes', 'en', 'vetements');
INSERT INTO public.synonym VALUES (886, 'patente à gosses', 'fr', 'jouets');


--
-- Name: data_version_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.data_version_id_seq', 1, false);


--
-- Name: embed_config_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.embed_config_id_seq', 1, true);


--
-- Name: geocode_cache_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.geocode_cache_id_seq', 1, false);


--
-- Name: login_attempt_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.login_attempt_id_seq', 1, false);


--
-- Name: mrc_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.mrc_id_seq', 10, true);


--
-- Name: municipality_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.municipality_id_seq', 136, true);


--
-- Name: place_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.place_id_seq', 42, true);


--
-- Name: place_revision_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.place_revision_id_seq', 1, true);


--
-- Name: proposition_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.proposition_id_seq', 92, true);


--
-- Name: search_miss_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.search_miss_id_seq', 7, true);


--
-- Name: staff_user_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.staff_user_id_seq', 2, true);


--
-- Name: synonym_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.synonym_id_seq', 886, true);


--
-- Name: action pk_action; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.action
    ADD CONSTRAINT pk_action PRIMARY KEY (code);


--
-- Name: category pk_category; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.category
    ADD CONSTRAINT pk_category PRIMARY KEY (code);


--
-- Name: data_version pk_data_version; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.data_version
    ADD CONSTRAINT pk_data_version PRIMARY KEY (id);


--
-- Name: embed_config pk_embed_config; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.embed_config
    ADD CONSTRAINT pk_embed_config PRIMARY KEY (id);


--
-- Name: geocode_cache pk_geocode_cache; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.geocode_cache
    ADD CONSTRAINT pk_geocode_cache PRIMARY KEY (id);


--
-- Name: import_record pk_import_record; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.import_record
    ADD CONSTRAINT pk_import_record PRIMARY KEY (place_id);


--
-- Name: login_attempt pk_login_attempt; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.login_attempt
    ADD CONSTRAINT pk_login_attempt PRIMARY KEY (id);


--
-- Name: mrc pk_mrc; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mrc
    ADD CONSTRAINT pk_mrc PRIMARY KEY (id);


--
-- Name: municipality pk_municipality; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.municipality
    ADD CONSTRAINT pk_municipality PRIMARY KEY (id);


--
-- Name: place pk_place; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.place
    ADD CONSTRAINT pk_place PRIMARY KEY (id);


--
-- Name: place_revision pk_place_revision; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.place_revision
    ADD CONSTRAINT pk_place_revision PRIMARY KEY (id);


--
-- Name: place_type pk_place_type; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.place_type
    ADD CONSTRAINT pk_place_type PRIMARY KEY (code);


--
-- Name: proposition pk_proposition; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.proposition
    ADD CONSTRAINT pk_proposition PRIMARY KEY (id);


--
-- Name: proposition_category pk_proposition_category; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.proposition_category
    ADD CONSTRAINT pk_proposition_category PRIMARY KEY (proposition_id, category_code);


--
-- Name: search_miss pk_search_miss; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.search_miss
    ADD CONSTRAINT pk_search_miss PRIMARY KEY (id);


--
-- Name: staff_user pk_staff_user; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.staff_user
    ADD CONSTRAINT pk_staff_user PRIMARY KEY (id);


--
-- Name: synonym pk_synonym; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.synonym
    ADD CONSTRAINT pk_synonym PRIMARY KEY (id);


--
-- Name: embed_config uq_embed_config_slug; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.embed_config
    ADD CONSTRAINT uq_embed_config_slug UNIQUE (slug);


--
-- Name: geocode_cache uq_geocode_cache_key_hash; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.geocode_cache
    ADD CONSTRAINT uq_geocode_cache_key_hash UNIQUE (key_hash);


--
-- Name: import_record uq_import_record_import_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.import_record
    ADD CONSTRAINT uq_import_record_import_key UNIQUE (import_key);


--
-- Name: mrc uq_mrc_slug; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.mrc
    ADD CONSTRAINT uq_mrc_slug UNIQUE (slug);


--
-- Name: municipality uq_municipality_code_geo; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.municipality
    ADD CONSTRAINT uq_municipality_code_geo UNIQUE (code_geo);


--
-- Name: place uq_place_slug; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.place
    ADD CONSTRAINT uq_place_slug UNIQUE (slug);


--
-- Name: proposition uq_proposition_place_id; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.proposition
    ADD CONSTRAINT uq_proposition_place_id UNIQUE (place_id, action_code);


--
-- Name: staff_user uq_staff_user_email; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.staff_user
    ADD CONSTRAINT uq_staff_user_email UNIQUE (email);


--
-- Name: synonym uq_synonym_term; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.synonym
    ADD CONSTRAINT uq_synonym_term UNIQUE (term, lang, category_code);


--
-- Name: ix_login_attempt_address_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_login_attempt_address_at ON public.login_attempt USING btree (address, at);


--
-- Name: ix_login_attempt_email_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_login_attempt_email_at ON public.login_attempt USING btree (email, at);


--
-- Name: ix_municipality_name; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_municipality_name ON public.municipality USING btree (name);


--
-- Name: ix_place_mrc_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_place_mrc_id ON public.place USING btree (mrc_id);


--
-- Name: ix_place_revision_created_at; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_place_revision_created_at ON public.place_revision USING btree (created_at);


--
-- Name: ix_place_revision_place_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_place_revision_place_id ON public.place_revision USING btree (place_id);


--
-- Name: ix_place_status; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_place_status ON public.place USING btree (status);


--
-- Name: ix_proposition_category_category; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_proposition_category_category ON public.proposition_category USING btree (category_code);


--
-- Name: ix_proposition_place_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_proposition_place_id ON public.proposition USING btree (place_id);


--
-- Name: ix_search_miss_text; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_search_miss_text ON public.search_miss USING btree (text);


--
-- Name: ix_synonym_category_code; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ix_synonym_category_code ON public.synonym USING btree (category_code);


--
-- Name: import_record fk_import_record_place_id_place; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.import_record
    ADD CONSTRAINT fk_import_record_place_id_place FOREIGN KEY (place_id) REFERENCES public.place(id) ON DELETE CASCADE;


--
-- Name: municipality fk_municipality_mrc_id_mrc; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.municipality
    ADD CONSTRAINT fk_municipality_mrc_id_mrc FOREIGN KEY (mrc_id) REFERENCES public.mrc(id);


--
-- Name: place fk_place_mrc_id_mrc; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.place
    ADD CONSTRAINT fk_place_mrc_id_mrc FOREIGN KEY (mrc_id) REFERENCES public.mrc(id);


--
-- Name: place fk_place_municipality_id_municipality; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.place
    ADD CONSTRAINT fk_place_municipality_id_municipality FOREIGN KEY (municipality_id) REFERENCES public.municipality(id);


--
-- Name: place fk_place_place_type_code_place_type; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.place
    ADD CONSTRAINT fk_place_place_type_code_place_type FOREIGN KEY (place_type_code) REFERENCES public.place_type(code);


--
-- Name: place_revision fk_place_revision_place_id_place; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.place_revision
    ADD CONSTRAINT fk_place_revision_place_id_place FOREIGN KEY (place_id) REFERENCES public.place(id) ON DELETE CASCADE;


--
-- Name: place_revision fk_place_revision_reverted_revision_id_place_revision; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.place_revision
    ADD CONSTRAINT fk_place_revision_reverted_revision_id_place_revision FOREIGN KEY (reverted_revision_id) REFERENCES public.place_revision(id);


--
-- Name: place_revision fk_place_revision_user_id_staff_user; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.place_revision
    ADD CONSTRAINT fk_place_revision_user_id_staff_user FOREIGN KEY (user_id) REFERENCES public.staff_user(id);


--
-- Name: proposition fk_proposition_action_code_action; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.proposition
    ADD CONSTRAINT fk_proposition_action_code_action FOREIGN KEY (action_code) REFERENCES public.action(code);


--
-- Name: proposition_category fk_proposition_category_category_code_category; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.proposition_category
    ADD CONSTRAINT fk_proposition_category_category_code_category FOREIGN KEY (category_code) REFERENCES public.category(code);


--
-- Name: proposition_category fk_proposition_category_proposition_id_proposition; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.proposition_category
    ADD CONSTRAINT fk_proposition_category_proposition_id_proposition FOREIGN KEY (proposition_id) REFERENCES public.proposition(id) ON DELETE CASCADE;


--
-- Name: proposition fk_proposition_place_id_place; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.proposition
    ADD CONSTRAINT fk_proposition_place_id_place FOREIGN KEY (place_id) REFERENCES public.place(id) ON DELETE CASCADE;


--
-- Name: synonym fk_synonym_category_code_category; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.synonym
    ADD CONSTRAINT fk_synonym_category_code_category FOREIGN KEY (category_code) REFERENCES public.category(code);


--
-- PostgreSQL database dump complete
--


