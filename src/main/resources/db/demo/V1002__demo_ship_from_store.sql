-- Ship-from-store in the demo: each store's district, phone, delivery radius and daily capacity,
-- and the districts of Hanoi and Ho Chi Minh City the storefront delivers to (central points).
update store set district = 'Quận 1', phone = '02838221001', service_radius_km = 25, daily_ship_capacity = 40 where id = 'HCM-Q1';
update store set district = 'Quận 7', phone = '02838221007', service_radius_km = 25, daily_ship_capacity = 30 where id = 'HCM-Q7';
update store set district = 'Hoàn Kiếm', phone = '02438251001', service_radius_km = 20, daily_ship_capacity = 25 where id = 'HN-HK';
update store set district = 'Cầu Giấy', phone = '02438251002', service_radius_km = 40, daily_ship_capacity = 200 where id = 'HN-CG';

insert into district (city, name, latitude, longitude) values
  ('Hà Nội', 'Hoàn Kiếm', 21.028500, 105.852000),
  ('Hà Nội', 'Ba Đình', 21.035800, 105.814300),
  ('Hà Nội', 'Đống Đa', 21.018100, 105.829200),
  ('Hà Nội', 'Hai Bà Trưng', 21.005800, 105.857500),
  ('Hà Nội', 'Tây Hồ', 21.070800, 105.818900),
  ('Hà Nội', 'Cầu Giấy', 21.036800, 105.790100),
  ('Hà Nội', 'Thanh Xuân', 20.993600, 105.811600),
  ('Hà Nội', 'Hoàng Mai', 20.974100, 105.863200),
  ('Hà Nội', 'Long Biên', 21.054700, 105.888800),
  ('Hà Nội', 'Nam Từ Liêm', 21.012500, 105.765600),
  ('Hà Nội', 'Bắc Từ Liêm', 21.071400, 105.763300),
  ('Hà Nội', 'Hà Đông', 20.971100, 105.778300),
  ('Hồ Chí Minh', 'Quận 1', 10.775600, 106.700400),
  ('Hồ Chí Minh', 'Quận 3', 10.784300, 106.684400),
  ('Hồ Chí Minh', 'Quận 4', 10.757800, 106.701300),
  ('Hồ Chí Minh', 'Quận 5', 10.755900, 106.667900),
  ('Hồ Chí Minh', 'Quận 7', 10.734000, 106.721600),
  ('Hồ Chí Minh', 'Quận 10', 10.772800, 106.667800),
  ('Hồ Chí Minh', 'Bình Thạnh', 10.810600, 106.709100),
  ('Hồ Chí Minh', 'Phú Nhuận', 10.799100, 106.680200),
  ('Hồ Chí Minh', 'Tân Bình', 10.801500, 106.652600),
  ('Hồ Chí Minh', 'Gò Vấp', 10.838700, 106.665300),
  ('Hồ Chí Minh', 'Thủ Đức', 10.849300, 106.753700),
  ('Hồ Chí Minh', 'Nhà Bè', 10.695300, 106.704800);
